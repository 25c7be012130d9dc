using ComplaintOps.Data.Domain.Calendar;

namespace ComplaintOps.Data.Domain.Sla;

/// <summary>
/// "Calendar missing": a running clock counted in working days whose due date lies beyond the last year the calendar
/// knows. Its working-day count crossed <see cref="BusinessCalendar.CoveredThrough"/>, so holidays there were not
/// skipped and the due date may be too early. Clocks with only a calendar-day limit or a fixed deadline never are:
/// holidays do not move them.
/// </summary>
public static class ClockCoverage
{
    public static bool IsCalendarMissing(ComplaintClock clock, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return IsCalendarMissing(calendar, clock.DueAtUtc, clock.WorkingDays, clock.IsRunning);
    }

    /// <summary>The same rule for a clock read as a view (due date, working-day limit, running).</summary>
    public static bool IsCalendarMissing(BusinessCalendar calendar, DateTimeOffset dueAtUtc, int? workingDays, bool running)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return running && workingDays is not null && !calendar.Covers(dueAtUtc);
    }
}
