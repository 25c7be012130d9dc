using System.Globalization;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>A calendar edit moves the due dates of running clocks; each move is on the complaint's sealed history.</summary>
public sealed partial class Complaint
{
    public const string DueDateMovedKind = "DueDateMoved";

    /// <summary>
    /// Recomputes every running clock under <paramref name="calendar"/> (the calendar after the edit) and records a
    /// <see cref="DueDateMovedKind"/> event for each whose due date moved. A clock already past its due date at
    /// <paramref name="nowUtc"/> keeps it: a breach is final. Returns how many clocks moved.
    /// </summary>
    /// <param name="reason">The calendar change, as people read it (e.g. "China 2026-12-22: Holiday 公司假日").</param>
    public int RecomputeClocks(BusinessCalendar calendar, string reason, Actor actor, DateTimeOffset nowUtc, HandlingRules rules)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(rules);
        if (!actor.Has(Permission.ManageCalendar))
        {
            throw ForbiddenException.Lacking(Permission.ManageCalendar);
        }

        nowUtc = StoredInstant.Normalize(nowUtc);
        var moved = 0;
        foreach (var clock in _clocks.Where(c => c.IsRunning).ToList())
        {
            if (clock.Recompute(calendar, nowUtc) is not { } before)
            {
                continue;
            }

            moved++;
            Append(rules, DueDateMovedKind, Status, actor, nowUtc, reason, Details(
                ("clock", clock.Kind.ToString()),
                ("round", clock.Round.ToString(CultureInfo.InvariantCulture)),
                ("oldDue", before.ToString("O", CultureInfo.InvariantCulture)),
                ("newDue", clock.DueAtUtc.ToString("O", CultureInfo.InvariantCulture))));
        }

        return moved;
    }
}
