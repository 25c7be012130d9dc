using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>The handler contacts the customer and starts investigating.</summary>
public sealed record StartInvestigation : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.StartInvestigation;

    internal override void Apply(Complaint complaint, ActivityContext context) =>
        complaint.Running(ClockKind.StartInvestigation)?.Meet(context.NowUtc);
}
