using ComplaintOps.Data.Domain.Calendar;

namespace ComplaintOps.Data.Domain.Sla;

/// <summary>
/// One running limit of a complaint. Its due date is derived from its start (the receipt of the complaint for the legal
/// clock), its limits in working and natural days (the earlier wins), approved extension stages and the time excluded
/// while paused, and the calendar; it is stored so queues can sort by it. Once a running clock is past its due date the
/// due date is final: no extension, pause or calendar edit moves it (a breach stays a breach).
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

    /// <summary>The working-day limit in force (null when none applies, or an approved natural-day extension replaced it).</summary>
    public int? WorkingDays { get; private set; }

    /// <summary>The natural-day limit in force (null when none applies, or an approved working-day extension replaced it).</summary>
    public int? CalendarDays { get; private set; }

    /// <summary>Days added by approved extension stages, in the stages' own count.</summary>
    public int ExtensionDays { get; private set; }

    public int ExtensionStages { get; private set; }

    /// <summary>Time excluded from the limit while paused for an allowed reason, counted as elapsed time.</summary>
    public TimeSpan Excluded { get; private set; }

    /// <summary>Counts for compliance (the profile's legal clock): only the profile's excludable reasons stop it.</summary>
    public bool Legal { get; private set; }

    /// <summary>Which limit set <see cref="DueAtUtc"/>: working or natural days (null for a fixed deadline).</summary>
    public DayCount? DueCount { get; private set; }

    public DateTimeOffset? PausedAtUtc { get; private set; }

    public DateTimeOffset DueAtUtc { get; private set; }

    public DateTimeOffset? MetAtUtc { get; private set; }

    public DateTimeOffset? StoppedAtUtc { get; private set; }

    public bool IsRunning => MetAtUtc is null && StoppedAtUtc is null;

    public bool IsPaused => PausedAtUtc is not null && IsRunning;

    /// <summary>Running and past its due date at <paramref name="nowUtc"/>: from here on nothing moves the due date.</summary>
    public bool IsBreachedAt(DateTimeOffset nowUtc) => IsRunning && !IsPaused && nowUtc > DueAtUtc;

    public static ComplaintClock Start(Guid complaintId, ClockRule rule, bool vip, int round, DateTimeOffset startUtc, BusinessCalendar calendar)
    {
        var limits = rule.For(vip).ToList();
        var clock = new ComplaintClock
        {
            Id = Guid.CreateVersion7(startUtc),
            ComplaintId = complaintId,
            Kind = rule.Kind,
            Round = round,
            StartedAtUtc = startUtc,
            Legal = rule.Legal,
            WorkingDays = limits.Where(l => l.Count == DayCount.Working).Select(l => (int?)l.Days).Min(),
            CalendarDays = limits.Where(l => l.Count == DayCount.Natural).Select(l => (int?)l.Days).Min(),
        };
        clock.Compute(calendar);
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
            Legal = true,
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

    /// <summary>Pauses a clock that has not breached; a breached clock keeps running so it stays in every breach list.</summary>
    public void Pause(DateTimeOffset atUtc)
    {
        if (IsRunning && PausedAtUtc is null && atUtc <= DueAtUtc)
        {
            PausedAtUtc = atUtc;
        }
    }

    /// <summary>Resumes and moves the due date by exactly the time the clock stood still.</summary>
    public void Resume(DateTimeOffset atUtc, BusinessCalendar calendar)
    {
        if (PausedAtUtc is not { } pausedAt)
        {
            return;
        }

        Excluded += atUtc - pausedAt;
        PausedAtUtc = null;
        Compute(calendar);
    }

    /// <summary>
    /// Grants one extension stage. A stage counts in its own unit and replaces the faster limit of the other unit (a VIP
    /// target yields to the approved legal limit). Callers refuse extensions of breached clocks first.
    /// </summary>
    public void Extend(ExtensionStage stage, BusinessCalendar calendar)
    {
        if (stage.Count == DayCount.Natural)
        {
            CalendarDays = (CalendarDays ?? 0) + stage.Days;
            WorkingDays = null;
        }
        else
        {
            WorkingDays = (WorkingDays ?? 0) + stage.Days;
            CalendarDays = null;
        }

        ExtensionDays += stage.Days;
        ExtensionStages++;
        Compute(calendar);
    }

    /// <summary>The due date granting <paramref name="stage"/> would give, computed on a copy: this clock does not change.</summary>
    public DateTimeOffset DueIfExtended(ExtensionStage stage, BusinessCalendar calendar)
    {
        var copy = (ComplaintClock)MemberwiseClone();
        copy.Extend(stage, calendar);
        return copy.DueAtUtc;
    }

    /// <summary>
    /// Recounts the due date in a changed calendar. Returns the old due date when it moved, or null. A clock already
    /// breached at <paramref name="nowUtc"/>, met, stopped or with a fixed deadline does not move.
    /// </summary>
    public DateTimeOffset? Recompute(BusinessCalendar calendar, DateTimeOffset nowUtc)
    {
        if (!IsRunning || IsBreachedAt(nowUtc) || DueCount is null)
        {
            return null;
        }

        var before = DueAtUtc;
        Compute(calendar);
        return DueAtUtc == before ? null : before;
    }

    /// <summary>The earliest due date of the limits in force, plus the excluded time.</summary>
    private void Compute(BusinessCalendar calendar)
    {
        DateTimeOffset? due = null;
        if (WorkingDays is { } wd)
        {
            due = calendar.DueAfterWorkingDays(StartedAtUtc, wd);
            DueCount = DayCount.Working;
        }

        if (CalendarDays is { } cd)
        {
            var natural = calendar.DueAfterCalendarDays(StartedAtUtc, cd);
            if (due is null || natural < due)
            {
                due = natural;
                DueCount = DayCount.Natural;
            }
        }

        if (due is { } d)
        {
            DueAtUtc = d + Excluded;
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

        if (pausedAtUtc is { } paused)
        {
            return paused > dueAtUtc ? ClockState.Breached : ClockState.Paused;
        }

        if (nowUtc > dueAtUtc)
        {
            return ClockState.Breached;
        }

        var span = (dueAtUtc - startedAtUtc).Ticks;
        return span > 0 && (nowUtc - startedAtUtc).Ticks >= span * atRiskFraction ? ClockState.AtRisk : ClockState.OnTime;
    }
}
