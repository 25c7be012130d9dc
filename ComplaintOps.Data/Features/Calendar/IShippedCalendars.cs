using ComplaintOps.Data.Domain.Calendar;

namespace ComplaintOps.Data.Features.Calendar;

/// <summary>One shipped year file of one region.</summary>
public sealed record ShippedCalendarYear(CalendarRegion Region, int Year, IReadOnlyList<CalendarDay> Days);

/// <summary>The year files merged in on start-up. Replaceable so that a test can ship a year the product does not.</summary>
public interface IShippedCalendars
{
    IEnumerable<ShippedCalendarYear> All();
}

/// <summary>The files embedded in this assembly (<see cref="ShippedCalendars"/>).</summary>
public sealed class EmbeddedShippedCalendars : IShippedCalendars
{
    public IEnumerable<ShippedCalendarYear> All() =>
        Enum.GetValues<CalendarRegion>().SelectMany(region => ShippedCalendars.Years(region)
            .Select(year => new ShippedCalendarYear(region, year, ShippedCalendars.Load(region, year))));
}
