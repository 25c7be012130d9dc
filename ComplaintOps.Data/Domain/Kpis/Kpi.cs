using System.Linq.Expressions;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Kpis;

/// <summary>
/// The KPI definitions, once: the dashboard, analytics and the reports call these, so a rate means the same on every page.
/// Each definition has a C# form (for facts already in memory) and a query twin (an expression EF translates to SQL);
/// KpiTwinTests proves the two agree on SQLite and PostgreSQL.
/// </summary>
public static class Kpi
{
    /// <summary>On time: a clock that was met, met by its due instant (a clock stopped without being met is neither).</summary>
    public static bool IsMetOnTime(DateTimeOffset dueAtUtc, DateTimeOffset? metAtUtc) => metAtUtc is { } met && met <= dueAtUtc;

    /// <summary>A clock counts in the timely rate once it was met.</summary>
    public static bool IsMet(DateTimeOffset? metAtUtc) => metAtUtc is not null;

    public static readonly Expression<Func<ComplaintClock, bool>> MetQuery = k => k.MetAtUtc != null;

    public static readonly Expression<Func<ComplaintClock, bool>> MetOnTimeQuery = k => k.MetAtUtc != null && k.MetAtUtc <= k.DueAtUtc;

    /// <summary>Satisfied: the callback score reads as satisfied (<see cref="SatisfactionScore.IsSatisfied"/> is the one rule).</summary>
    public static bool IsSatisfied(int? satisfaction) => SatisfactionScore.IsSatisfied(satisfaction);

    public static bool IsRated(int? satisfaction) => satisfaction is not null;

    public static readonly Expression<Func<Complaint, bool>> SatisfiedQuery = c => c.Satisfaction >= SatisfactionScore.SatisfiedFrom;

    public static readonly Expression<Func<Complaint, bool>> RatedQuery = c => c.Satisfaction != null;

    /// <summary>Open: still in the process (not closed, withdrawn, rejected or merged).</summary>
    public static bool IsOpen(ComplaintStatus status) => status.IsOpen();

    /// <summary>The stored column is written from <see cref="ComplaintStatusExtensions.IsOpen"/> on every change.</summary>
    public static readonly Expression<Func<Complaint, bool>> OpenQuery = c => c.IsOpen;

    /// <summary>
    /// Repeat: the customer complained again about the same matter. <c>RecordRepeat</c> is the only activity that records a
    /// repeat and it increments <see cref="Complaint.RepeatCount"/>, so the count is the rule and no event join is needed.
    /// </summary>
    public static bool IsRepeat(int repeatCount) => repeatCount > 0;

    public static readonly Expression<Func<Complaint, bool>> RepeatQuery = c => c.RepeatCount > 0;

    /// <summary>
    /// Cycle time: from receipt (收到投诉之日) to closing. Receipt, not registration, because the regulator and every clock
    /// count from receipt: a letter keyed in a week late has already used a week. Null while not closed.
    /// </summary>
    public static TimeSpan? CycleTime(DateTimeOffset receivedAtUtc, DateTimeOffset? closedAtUtc) =>
        closedAtUtc is { } closed ? closed - receivedAtUtc : null;

    /// <summary>
    /// The query twin of <see cref="CycleTime"/>: the two instants it is computed from, projected by the database (instant
    /// arithmetic is not portable SQL, SQLite stores instants as text), the span taken in memory with the same function.
    /// </summary>
    public static readonly Expression<Func<Complaint, CycleSpan>> CycleQuery = c => new CycleSpan(c.ReceivedAtUtc, c.ClosedAtUtc);

    /// <summary>
    /// Closed: handled to the end (status Closed). A withdrawn, rejected or merged complaint also has a closing instant but
    /// was not handled to a decision, so it is neither closed nor counted in cycle times.
    /// </summary>
    public static bool IsClosed(ComplaintStatus status) => status == ComplaintStatus.Closed;

    public static readonly Expression<Func<Complaint, bool>> ClosedQuery = c => c.Status == ComplaintStatus.Closed;

    /// <summary>Timely rate: on-time clocks over met clocks; null when none was met.</summary>
    public static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
