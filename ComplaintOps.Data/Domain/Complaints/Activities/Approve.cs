using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// The reviewer approves the result: the decision is made, which meets the decision (resolve) clock and starts the
/// feedback clock. A regulator's clock is not met here but when the result is reported back (<see cref="ReportToRegulator"/>).
/// </summary>
public sealed record Approve : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Approve;

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.ResolvedAtUtc = context.NowUtc;
        complaint.Running(ClockKind.Resolve)?.Meet(context.NowUtc);
        complaint.Running(ClockKind.SummaryResolution)?.Meet(context.NowUtc);
        complaint.StartClock(ClockKind.Feedback, context.NowUtc, context.Rules);
    }
}
