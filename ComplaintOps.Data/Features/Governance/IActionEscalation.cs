namespace ComplaintOps.Data.Features.Governance;

/// <summary>Escalates overdue action items to their owner's department head. Periodic; the scheduler calls it.</summary>
public interface IActionEscalation
{
    /// <summary>
    /// For every action item overdue on the local date of <paramref name="nowUtc"/> and not yet escalated: records the
    /// escalation (event) and writes one <see cref="Domain.Notices.NoticeKind.ActionOverdue"/> e-mail to the head's account
    /// address in the same transaction. Idempotent: an action is escalated once, however often this runs or how many
    /// instances run it. Actions whose head has no account e-mail are left for a later run. Returns how many were escalated.
    /// </summary>
    Task<int> EscalateOverdueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken);
}
