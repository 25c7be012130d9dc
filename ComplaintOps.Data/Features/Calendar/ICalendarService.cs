using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Calendar;

/// <summary>The business calendars, one per region: cached for the clocks, editable by holders of ManageCalendar.</summary>
public interface ICalendarService
{
    /// <summary>The region's calendar (China in <c>Sla:TimeZone</c>, the UK in <c>Calendar:UnitedKingdomTimeZone</c>).</summary>
    Task<BusinessCalendar> GetAsync(CalendarRegion region, CancellationToken cancellationToken);

    Task<IReadOnlyList<CalendarDay>> ListAsync(CalendarRegion region, int year, CancellationToken cancellationToken);

    /// <summary>How far ahead each region's holidays are known, with the missing-year warning.</summary>
    Task<IReadOnlyList<CalendarCoverage>> CoverageAsync(CancellationToken cancellationToken);

    /// <summary>Running clocks of open complaints counted in <paramref name="region"/> whose due date an edit of <paramref name="date"/> may move.</summary>
    Task<int> CountAffectedClocksAsync(CalendarRegion region, DateOnly date, CancellationToken cancellationToken);

    /// <summary>
    /// Adds or changes one exception day and recomputes the affected running clocks in the same save; returns how many
    /// due dates moved. Needs <see cref="Domain.Access.Permission.ManageCalendar"/>.
    /// </summary>
    Task<int> SetDayAsync(CalendarRegion region, DateOnly date, CalendarDayKind kind, string name, Actor actor, CancellationToken cancellationToken);

    /// <summary>Removes one exception day, as <see cref="SetDayAsync"/> recomputing the affected clocks; returns how many due dates moved.</summary>
    Task<int> RemoveDayAsync(CalendarRegion region, DateOnly date, Actor actor, CancellationToken cancellationToken);
}
