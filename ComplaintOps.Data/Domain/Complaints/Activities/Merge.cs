using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>Folds this repeat complaint into an earlier one (which records the repeat).</summary>
public sealed record Merge(Guid IntoId, string? Reason = null) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Merge;

    internal override string? Remark => Reason;

    internal override void Check(Complaint complaint, ActivityContext context) =>
        Require(IntoId != Guid.Empty && IntoId != complaint.Id, "relatedComplaintId", "Another complaint is required.");

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.MergedIntoId = IntoId;
        complaint.Leave(context.NowUtc);
    }

    internal override IEnumerable<(string, string?)> Details() => [("relatedComplaintId", IntoId.ToString())];
}

/// <summary>The customer complained again about the same matter; new facts restart the decision clock from today.</summary>
public sealed record RecordRepeat(Guid RepeatId, bool HasNewFacts, string? Note = null) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.RecordRepeat;

    internal override string? Remark => Note;

    internal override void Check(Complaint complaint, ActivityContext context) =>
        Require(RepeatId != Guid.Empty && RepeatId != complaint.Id, "relatedComplaintId", "Another complaint is required.");

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.RepeatCount++;
        if (HasNewFacts && complaint.Running(ClockKind.Resolve) is { } resolve)
        {
            resolve.Stop(context.NowUtc);
            complaint.StartClock(ClockKind.Resolve, context.NowUtc, context.Rules);
        }
    }

    internal override IEnumerable<(string, string?)> Details() =>
        [("relatedComplaintId", RepeatId.ToString()), ("hasNewFacts", HasNewFacts.ToString())];
}
