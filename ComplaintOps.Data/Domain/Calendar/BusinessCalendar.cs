namespace ComplaintOps.Data.Domain.Calendar;

/// <summary>
/// Working days in one time zone: Monday–Friday, minus public holidays, plus make-up workdays (调休).
/// Pure: no clock, no database. "Within N working days" ends at the close of the Nth working day after the start day.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeupWorkdays;

    /// <param name="loadedYears">
    /// Years known to be complete besides those with an exception day (a shipped year file was merged): with the days'
    /// own years they decide <see cref="CoveredThrough"/>.
    /// </param>
    public BusinessCalendar(TimeZoneInfo timeZone, IEnumerable<CalendarDay> days, IEnumerable<int>? loadedYears = null)
    {
        TimeZone = timeZone;
        var list = days.ToList();
        _holidays = list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date).ToHashSet();
        _makeupWorkdays = list.Where(d => d.Kind == CalendarDayKind.MakeupWorkday).Select(d => d.Date).ToHashSet();
        var years = list.Select(d => d.Date.Year).Concat(loadedYears ?? []).ToList();
        CoveredThrough = years.Count == 0 ? null : new DateOnly(years.Max(), 12, 31);
    }

    /// <summary>
    /// The last day whose holidays are known: Dec 31 of the last loaded year. Beyond it every weekday counts as a working
    /// day, so due dates there may be too early. Null when no year is loaded.
    /// </summary>
    public DateOnly? CoveredThrough { get; }

    /// <summary>
    /// Whether the local day of <paramref name="instantUtc"/> lies within <see cref="CoveredThrough"/>. A working-day due
    /// date beyond it was counted across days whose holidays are unknown ("calendar missing").
    /// </summary>
    public bool Covers(DateTimeOffset instantUtc) => CoveredThrough is { } last && LocalDate(instantUtc) <= last;

    public static TimeZoneInfo ChinaTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public TimeZoneInfo TimeZone { get; }

    public bool IsWorkingDay(DateOnly date) =>
        _makeupWorkdays.Contains(date) ||
        (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date));

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>
    /// The Nth working day after <paramref name="start"/>. N = 0 is the start day itself if it is a working day,
    /// otherwise the next working day ("same working day").
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        if (workingDays == 0)
        {
            while (!IsWorkingDay(day))
            {
                day = day.AddDays(1);
            }

            return day;
        }

        var left = workingDays;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Working days in [from, toExclusive).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly toExclusive)
    {
        var count = 0;
        for (var d = from; d < toExclusive; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The last instant of a local day (23:59:59 local), in UTC.</summary>
    public DateTimeOffset EndOfDayUtc(DateOnly date)
    {
        var nextMidnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var utc = TimeZoneInfo.ConvertTimeToUtc(nextMidnight, TimeZone);
        return new DateTimeOffset(utc, TimeSpan.Zero).AddSeconds(-1);
    }

    /// <summary>Close of the Nth working day after the local day of <paramref name="startUtc"/>.</summary>
    public DateTimeOffset DueAfterWorkingDays(DateTimeOffset startUtc, int workingDays) =>
        EndOfDayUtc(AddWorkingDays(LocalDate(startUtc), workingDays));

    /// <summary>Close of the Nth calendar day after the local day of <paramref name="startUtc"/>.</summary>
    public DateTimeOffset DueAfterCalendarDays(DateTimeOffset startUtc, int calendarDays) =>
        EndOfDayUtc(LocalDate(startUtc).AddDays(calendarDays));
}
