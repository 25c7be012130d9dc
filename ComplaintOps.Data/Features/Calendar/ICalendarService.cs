using ComplaintOps.Data.Domain.Calendar;

namespace ComplaintOps.Data.Features.Calendar;

/// <summary>The business calendar: cached for the clocks, editable by administrators.</summary>
public interface ICalendarService
{
    Task<BusinessCalendar> GetAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<CalendarDay>> ListAsync(int year, CancellationToken cancellationToken);

    /// <summary>Adds or changes one exception day.</summary>
    Task SetDayAsync(DateOnly date, CalendarDayKind kind, string name, CancellationToken cancellationToken);

    Task RemoveDayAsync(DateOnly date, CancellationToken cancellationToken);
}
