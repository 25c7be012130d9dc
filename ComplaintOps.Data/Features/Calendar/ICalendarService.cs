using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Calendar;

/// <summary>The business calendar: cached for the clocks, editable by administrators.</summary>
public interface ICalendarService
{
    Task<BusinessCalendar> GetAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<CalendarDay>> ListAsync(int year, CancellationToken cancellationToken);

    /// <summary>Adds or changes one exception day. Needs <see cref="Domain.Access.Permission.ManageCalendar"/>.</summary>
    Task SetDayAsync(DateOnly date, CalendarDayKind kind, string name, Actor actor, CancellationToken cancellationToken);

    Task RemoveDayAsync(DateOnly date, Actor actor, CancellationToken cancellationToken);
}
