using System.Globalization;
using ComplaintOps.Data.Domain.Calendar;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Calendar;

/// <summary>One month, Monday first, marking holidays, make-up workdays and weekends.</summary>
public sealed partial class MonthGrid
{
    [Parameter, EditorRequired]
    public int Year { get; set; }

    [Parameter, EditorRequired]
    public int Month { get; set; }

    /// <summary>The exception days of the year, by date.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyDictionary<DateOnly, CalendarDay> Days { get; set; } = new Dictionary<DateOnly, CalendarDay>();

    private DateOnly First => new(Year, Month, 1);

    private string Title => First.ToString(CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "zh" ? "M月" : "MMMM", CultureInfo.CurrentCulture);

    private static IEnumerable<string> WeekdayNames
    {
        get
        {
            var names = CultureInfo.CurrentCulture.DateTimeFormat.ShortestDayNames;
            return Enumerable.Range(1, 7).Select(i => names[i % 7]);
        }
    }

    private int LeadingBlanks => ((int)First.DayOfWeek + 6) % 7;

    private IEnumerable<DateOnly> Dates => Enumerable.Range(0, DateTime.DaysInMonth(Year, Month)).Select(First.AddDays);

    private string CellClass(DateOnly date)
    {
        if (Days.TryGetValue(date, out var day))
        {
            return day.Kind == CalendarDayKind.Holiday ? "month-cell holiday" : "month-cell makeup";
        }

        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? "month-cell weekend" : "month-cell";
    }

    private string? Tooltip(DateOnly date) => Days.TryGetValue(date, out var day) ? day.Name : null;
}
