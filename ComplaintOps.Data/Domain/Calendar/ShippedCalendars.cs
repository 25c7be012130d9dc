using System.Text.Json;

namespace ComplaintOps.Data.Domain.Calendar;

/// <summary>
/// The public holiday arrangements shipped with the product, one embedded JSON file per region and year: mainland China
/// (国务院办公厅放假安排, holidays and 调休 make-up workdays) and the UK (England and Wales bank holidays).
/// </summary>
public static class ShippedCalendars
{
    private sealed record Entry(string Name, DateOnly[] Off, DateOnly[] Work);

    /// <summary>
    /// Years shipped as embedded data, per region. China's next year is added when the State Council publishes it
    /// (usually in November); until then the coverage warning says it is missing.
    /// </summary>
    public static IReadOnlyList<int> Years(CalendarRegion region) => region switch
    {
        CalendarRegion.China => [2025, 2026],
        CalendarRegion.UnitedKingdom => [2025, 2026, 2027],
        _ => [],
    };

    public static IReadOnlyList<CalendarDay> Load(CalendarRegion region, int year)
    {
        var resource = $"ComplaintOps.Data.Domain.Calendar.{region}Calendar{year}.json";
        using var stream = typeof(ShippedCalendars).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"No shipped {region} calendar for {year}.");
        var entries = JsonSerializer.Deserialize<Entry[]>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                      ?? throw new InvalidOperationException($"The {region} calendar {year} is empty.");
        return entries
            .SelectMany(e => e.Off.Select(d => new CalendarDay(d, CalendarDayKind.Holiday, e.Name, region))
                .Concat(e.Work.Select(d => new CalendarDay(d, CalendarDayKind.MakeupWorkday, e.Name + " 调休上班", region))))
            .OrderBy(d => d.Date)
            .ToList();
    }

    public static IReadOnlyList<CalendarDay> LoadAll(CalendarRegion region) => Years(region).SelectMany(y => Load(region, y)).ToList();
}
