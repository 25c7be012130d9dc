using ComplaintOps.Data.Domain.Calendar;

namespace ComplaintOps.Data.Domain.Sla;

/// <summary>
/// One running limit of a complaint. Its due date is derived from its start, its limits (plus extension and paused days)
/// and the calendar, and is stored so queues can sort by it.
/// </summary>
public sealed class ComplaintClock
{
    private ComplaintClock()
    {
    }

    public Guid Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    public ClockKind Kind { get; private set; }

    /// <summary>1 for the first handling round; appeals and restarts open a new round.</summary>
    public int Round { get; private set; }

    public DateTimeOffset StartedAtUtc { get; private set; }

    public int? WorkingDays { get; private set; }

    public int? CalendarDays { get; private set; }

    /// <summary>Extra days granted by extensions (in each limit's own unit).</summary>
    public int ExtensionDays { get; private set; }

    public int PausedWorkingDays { get; private set; }

    public int PausedCalendarDays { get; private set; }

    public DateTimeOffset? PausedAtUtc { get; private set; }

    public DateTimeOffset DueAtUtc { get; private set; }

    public DateTimeOffset? MetAtUtc { get; private set; }

    public DateTimeOffset? StoppedAtUtc { get; private set; }

    public bool IsRunning => MetAtUtc is null && StoppedAtUtc is null;

    public bool IsPaused => PausedAtUtc is not null && IsRunning;

    public static ComplaintClock Start(Guid complaintId, ClockRule rule, bool vip, int round, DateTimeOffset startUtc, BusinessCalendar calendar)
    {
        var clock = new ComplaintClock
        {
            Id = Guid.CreateVersion7(startUtc),
            ComplaintId = complaintId,
            Kind = rule.Kind,
            Round = round,
            StartedAtUtc = startUtc,
            WorkingDays = vip && rule.VipWorkingDays is { } vipDays ? vipDays : rule.WorkingDays,
            CalendarDays = rule.CalendarDays,
        };
        clock.Recompute(calendar);
        return clock;
    }

    /// <summary>A clock with a fixed deadline (a regulator's).</summary>
    public static ComplaintClock StartFixed(Guid complaintId, ClockKind kind, int round, DateTimeOffset startUtc, DateTimeOffset dueUtc) =>
        new()
        {
            Id = Guid.CreateVersion7(startUtc),
            ComplaintId = complaintId,
            Kind = kind,
            Round = round,
            StartedAtUtc = startUtc,
            DueAtUtc = dueUtc,
        };

    public void Meet(DateTimeOffset atUtc)
    {
        if (IsRunning)
        {
            MetAtUtc = atUtc;
            PausedAtUtc = null;
        }
    }

    public void Stop(DateTimeOffset atUtc)
    {
        if (IsRunning)
        {
            StoppedAtUtc = atUtc;
            PausedAtUtc = null;
        }
    }

    public void Pause(DateTimeOffset atUtc)
    {
        if (IsRunning && PausedAtUtc is null)
        {
            PausedAtUtc = atUtc;
        }
    }

    /// <summary>Resumes and moves the due date by the working (and calendar) days the clock stood still.</summary>
    public void Resume(DateTimeOffset atUtc, BusinessCalendar calendar)
    {
        if (PausedAtUtc is not { } pausedAt)
        {
            return;
        }

        var from = calendar.LocalDate(pausedAt);
        var to = calendar.LocalDate(atUtc);
        PausedWorkingDays += calendar.WorkingDaysBetween(from, to);
        PausedCalendarDays += to.DayNumber - from.DayNumber;
        PausedAtUtc = null;
        Recompute(calendar);
    }

    public void Extend(int days, BusinessCalendar calendar)
    {
        ExtensionDays += days;
        Recompute(calendar);
    }

    /// <summary>Total limit in working days including extensions (null when the clock has no working-day limit).</summary>
    public int? TotalWorkingDays => WorkingDays + ExtensionDays;

    public int? TotalCalendarDays => CalendarDays + ExtensionDays;

    /// <summary>The earliest due date of the limits that apply.</summary>
    public void Recompute(BusinessCalendar calendar)
    {
        DateTimeOffset? due = null;
        if (WorkingDays is { } wd)
        {
            due = calendar.DueAfterWorkingDays(StartedAtUtc, wd + ExtensionDays + PausedWorkingDays);
        }

        if (CalendarDays is { } cd)
        {
            var calendarDue = calendar.DueAfterCalendarDays(StartedAtUtc, cd + ExtensionDays + PausedCalendarDays);
            due = due is null || calendarDue < due ? calendarDue : due;
        }

        if (due is { } d)
        {
            DueAtUtc = d;
        }
    }

    public ClockState StateAt(DateTimeOffset nowUtc, double atRiskFraction) =>
        Evaluate(StartedAtUtc, DueAtUtc, MetAtUtc, StoppedAtUtc, PausedAtUtc, nowUtc, atRiskFraction);

    /// <summary>The state of a clock with these instants at <paramref name="nowUtc"/>; the one rule for every view of a clock.</summary>
    public static ClockState Evaluate(DateTimeOffset startedAtUtc, DateTimeOffset dueAtUtc, DateTimeOffset? metAtUtc, DateTimeOffset? stoppedAtUtc,
        DateTimeOffset? pausedAtUtc, DateTimeOffset nowUtc, double atRiskFraction)
    {
        if (metAtUtc is { } met)
        {
            return met <= dueAtUtc ? ClockState.Met : ClockState.MetLate;
        }

        if (stoppedAtUtc is { } stopped)
        {
            // A clock that ran past its due date before it stopped stays on record as breached.
            return stopped > dueAtUtc ? ClockState.Breached : ClockState.Stopped;
        }

        if (pausedAtUtc is not null)
        {
            return ClockState.Paused;
        }

        if (nowUtc > dueAtUtc)
        {
            return ClockState.Breached;
        }

        var span = (dueAtUtc - startedAtUtc).Ticks;
        return span > 0 && (nowUtc - startedAtUtc).Ticks >= span * atRiskFraction ? ClockState.AtRisk : ClockState.OnTime;
    }
}
