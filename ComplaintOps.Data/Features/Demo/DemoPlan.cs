using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>One planned action on a complaint: who fires what, when, and the status it leads to.</summary>
internal sealed record DemoStep(DateTimeOffset At, Actor Actor, ComplaintActivity Action, ComplaintStatus StatusAfter);

/// <summary>
/// A complaint's simulated history before it is played on the aggregate. A cursor moves forward in business-hours-ish
/// local time (Asia/Shanghai by default); each step happens at the cursor, so steps are strictly increasing in time.
/// The status is tracked with <see cref="ComplaintWorkflow"/> so a plan can be cut at a state that allows a trigger.
/// </summary>
internal sealed class DemoPlan(BusinessCalendar calendar, Random random, DateTimeOffset registeredAtUtc)
{
    private static readonly TimeOnly OfficeOpens = new(9, 0);
    private static readonly TimeOnly OfficeCloses = new(17, 30);
    private static readonly TimeOnly HotlineOpens = new(8, 0);
    private static readonly TimeOnly HotlineCloses = new(21, 0);

    private readonly List<DemoStep> _steps = [];

    public DateTimeOffset Cursor { get; private set; } = registeredAtUtc;

    public ComplaintStatus Status { get; private set; } = ComplaintStatus.Registered;

    public IReadOnlyList<DemoStep> Steps => _steps;

    /// <summary>A few minutes on, whatever the hour (the 24-hour hotline, the customer).</summary>
    public DemoPlan Minutes(int min, int max)
    {
        Cursor = Cursor.AddMinutes(random.Next(min, max + 1));
        return this;
    }

    /// <summary>A few minutes on when the office is open, otherwise early on the next working day.</summary>
    public DemoPlan Soon(int min, int max) => InOfficeHours(Cursor) ? Minutes(min, max) : WorkingDays(0, 0);

    /// <summary>A few minutes on while the hotline is staffed (08:00–21:00 any day), otherwise the next working morning.</summary>
    public DemoPlan SoonOnHotline(int min, int max)
    {
        var local = Local(Cursor);
        var time = TimeOnly.FromDateTime(local);
        return time >= HotlineOpens && time < HotlineCloses ? Minutes(min, max) : WorkingDays(0, 0);
    }

    /// <summary>
    /// An office-hours time between <paramref name="min"/> and <paramref name="max"/> working days on;
    /// 0 means later on the same working day, or the next working day when the office has closed.
    /// </summary>
    public DemoPlan WorkingDays(int min, int max)
    {
        var days = random.Next(min, max + 1);
        var local = Local(Cursor);
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var day = days > 0 ? calendar.AddWorkingDays(date, days)
            : !calendar.IsWorkingDay(date) ? calendar.AddWorkingDays(date, 0)
            : time >= OfficeCloses ? calendar.AddWorkingDays(date, 1)
            : date;

        if (day == date && time >= OfficeOpens)
        {
            // Later the same day: a few minutes to the rest of the afternoon.
            var left = (int)(OfficeCloses - time).TotalMinutes;
            return Minutes(3, Math.Max(10, left));
        }

        var minute = random.Next(0, (int)(OfficeCloses - OfficeOpens).TotalMinutes);
        var at = ToUtc(day, OfficeOpens.AddMinutes(minute));
        Cursor = at > Cursor ? at : Cursor.AddMinutes(random.Next(3, 30));
        return this;
    }

    public void Do(Actor actor, ComplaintActivity action)
    {
        if (_steps.Count > 0 && Cursor <= _steps[^1].At)
        {
            Cursor = _steps[^1].At.AddMinutes(1);
        }

        Status = ComplaintWorkflow.Next(Status, action.Trigger);
        _steps.Add(new DemoStep(Cursor, actor, action, Status));
    }

    /// <summary>Moves on without acting when <paramref name="skip"/> (the step is already done another way).</summary>
    public void DoUnless(bool skip, Actor actor, ComplaintActivity action)
    {
        if (!skip)
        {
            Do(actor, action);
        }
    }

    /// <summary>Keeps the steps up to and including <paramref name="index"/>, and continues from there.</summary>
    public void CutAfter(int index)
    {
        _steps.RemoveRange(index + 1, _steps.Count - index - 1);
        Cursor = _steps[index].At;
        Status = _steps[index].StatusAfter;
    }

    /// <summary>
    /// Adds an in-state activity (one that changes no status) between two planned steps. Returns false, changing nothing,
    /// when the status at that moment does not allow it.
    /// </summary>
    public bool TryInsert(DemoStep step)
    {
        var index = _steps.FindIndex(s => s.At > step.At);
        var before = index < 0 ? Status : index == 0 ? ComplaintStatus.Registered : _steps[index - 1].StatusAfter;
        if (!ComplaintWorkflow.IsPermitted(before, step.Action.Trigger) || ComplaintWorkflow.Next(before, step.Action.Trigger) != before)
        {
            return false;
        }

        _steps.Insert(index < 0 ? _steps.Count : index, step with { StatusAfter = before });
        return true;
    }

    private bool InOfficeHours(DateTimeOffset instant)
    {
        var local = Local(instant);
        var time = TimeOnly.FromDateTime(local);
        return calendar.IsWorkingDay(DateOnly.FromDateTime(local)) && time >= OfficeOpens && time < OfficeCloses;
    }

    private DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).DateTime;

    private DateTimeOffset ToUtc(DateOnly day, TimeOnly time) => DemoTime.ToUtc(calendar, day, time);
}

/// <summary>Local (calendar time zone) ↔ UTC for the demo data.</summary>
internal static class DemoTime
{
    public static DateTimeOffset ToUtc(BusinessCalendar calendar, DateOnly day, TimeOnly time)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), calendar.TimeZone);
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }

    /// <summary>A version-7 Guid for <paramref name="atUtc"/> whose random bits come from <paramref name="random"/>.</summary>
    public static Guid Version7(Random random, DateTimeOffset atUtc)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var ms = atUtc.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
