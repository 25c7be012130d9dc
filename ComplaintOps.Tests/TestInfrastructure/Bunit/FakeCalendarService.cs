using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Calendar;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>Exception days in memory, with the service's one rule the UI shows errors for (make-up days only on weekends).</summary>
public sealed class FakeCalendarService : ICalendarService
{
    public SortedDictionary<DateOnly, CalendarDay> Days { get; } = [];

    public Task<BusinessCalendar> GetAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new BusinessCalendar(BusinessCalendar.ChinaTimeZone, Days.Values));

    public Task<IReadOnlyList<CalendarDay>> ListAsync(int year, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CalendarDay>>(Days.Values.Where(d => d.Date.Year == year).ToList());

    public Task SetDayAsync(DateOnly date, CalendarDayKind kind, string name, Actor actor, CancellationToken cancellationToken)
    {
        if (kind == CalendarDayKind.MakeupWorkday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            throw new DomainException("invalid_kind", $"{date:yyyy-MM-dd} is a weekday; only a Saturday or Sunday can be a make-up workday.");
        }

        Days[date] = new CalendarDay(date, kind, name);
        return Task.CompletedTask;
    }

    public Task RemoveDayAsync(DateOnly date, Actor actor, CancellationToken cancellationToken)
    {
        Days.Remove(date);
        return Task.CompletedTask;
    }
}
