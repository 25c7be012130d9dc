using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// The customer disputes the result and the case goes round again. The new round's decision clock runs from the moment
/// the appeal is filed, not from when someone reopens the case.
/// </summary>
public sealed record Appeal(string Reason) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Appeal;

    internal override string? Remark => Reason;

    internal override void Check(Complaint complaint, ActivityContext context) => RequireText(Reason, "reason", "A reason is required.");

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.StopHandlingClocks(context.NowUtc);
        complaint.ClosedAtUtc = null;
        complaint.ResolvedAtUtc = null;
        complaint.Satisfaction = null;
        complaint.CallbackRecorded = false;
        complaint.CallbackAttempts = 0;
        complaint.FollowUpOpen = false;
        complaint.Round++;
        complaint.StartClock(ClockKind.Resolve, context.NowUtc, context.Rules);
    }
}

/// <summary>Takes an appealed case back into investigation; its clock has been running since the appeal.</summary>
public sealed record Reopen(string Reason) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Reopen;

    internal override string? Remark => Reason;

    internal override void Check(Complaint complaint, ActivityContext context) => RequireText(Reason, "reason", "A reason is required.");

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
    }
}
