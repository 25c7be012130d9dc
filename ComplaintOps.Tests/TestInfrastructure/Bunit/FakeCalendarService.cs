using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Calendar;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>
/// Exception days in memory (per region), with the service's one rule the UI shows errors for (make-up days only on
/// weekends), a settable count of clocks an edit would recompute and a settable coverage.
/// </summary>
public sealed class FakeCalendarService : ICalendarService
{
    public SortedDictionary<DateOnly, CalendarDay> Days { get; } = [];

    public SortedDictionary<DateOnly, CalendarDay> UnitedKingdomDays { get; } = [];

    /// <summary>What <see cref="CountAffectedClocksAsync"/> answers.</summary>
    public int AffectedClocks { get; set; }

    public List<CalendarCoverage> Coverage { get; } = [];

    public Task<BusinessCalendar> GetAsync(CalendarRegion region, CancellationToken cancellationToken) =>
        Task.FromResult(new BusinessCalendar(BusinessCalendar.ChinaTimeZone, Of(region).Values));

    public Task<IReadOnlyList<CalendarDay>> ListAsync(CalendarRegion region, int year, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CalendarDay>>(Of(region).Values.Where(d => d.Date.Year == year).ToList());

    public Task<IReadOnlyList<CalendarCoverage>> CoverageAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CalendarCoverage>>(Coverage.ToList());

    public Task<int> CountAffectedClocksAsync(CalendarRegion region, DateOnly date, CancellationToken cancellationToken) =>
        Task.FromResult(AffectedClocks);

    public Task<int> SetDayAsync(CalendarRegion region, DateOnly date, CalendarDayKind kind, string name, Actor actor, CancellationToken cancellationToken)
    {
        if (kind == CalendarDayKind.MakeupWorkday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            throw new DomainException("invalid_kind", $"{date:yyyy-MM-dd} is a weekday; only a Saturday or Sunday can be a make-up workday.");
        }

        Of(region)[date] = new CalendarDay(date, kind, name, region);
        return Task.FromResult(AffectedClocks);
    }

    public Task<int> RemoveDayAsync(CalendarRegion region, DateOnly date, Actor actor, CancellationToken cancellationToken)
    {
        Of(region).Remove(date);
        return Task.FromResult(AffectedClocks);
    }

    private SortedDictionary<DateOnly, CalendarDay> Of(CalendarRegion region) => region == CalendarRegion.China ? Days : UnitedKingdomDays;
}
