using System.Text.Json;

namespace ComplaintOps.Data.Domain.Calendar;

/// <summary>The official mainland China holiday arrangements (国务院办公厅放假安排) shipped with the product.</summary>
public static class ChinaCalendar
{
    private sealed record Entry(string Name, DateOnly[] Off, DateOnly[] Work);

    /// <summary>Years shipped as embedded data.</summary>
    public static readonly int[] Years = [2025, 2026];

    public static IReadOnlyList<CalendarDay> Load(int year)
    {
        var resource = $"ComplaintOps.Data.Domain.Calendar.ChinaCalendar{year}.json";
        using var stream = typeof(ChinaCalendar).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"No shipped calendar for {year}.");
        var entries = JsonSerializer.Deserialize<Entry[]>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                      ?? throw new InvalidOperationException($"Calendar {year} is empty.");
        return entries
            .SelectMany(e => e.Off.Select(d => new CalendarDay(d, CalendarDayKind.Holiday, e.Name))
                .Concat(e.Work.Select(d => new CalendarDay(d, CalendarDayKind.MakeupWorkday, e.Name + " 调休上班"))))
            .OrderBy(d => d.Date)
            .ToList();
    }

    public static IReadOnlyList<CalendarDay> LoadAll() => Years.SelectMany(Load).ToList();
}
