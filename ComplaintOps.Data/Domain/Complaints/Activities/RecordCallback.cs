using System.Globalization;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// The satisfaction callback after the decision: a score from 1 to 5, or the attempts made when the customer could not be
/// reached. A low score (<see cref="SatisfactionScore.IsLow"/>) needs the customer's reason and opens a follow-up with its own clock.
/// The channel the callback was made on and the customer's comments are kept on the history event.
/// </summary>
public sealed record RecordCallback(int? Satisfaction, int Attempts = 0, string? LowScoreReason = null, Channel? Channel = null, string? Comments = null)
    : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.RecordCallback;

    internal override string? Remark => LowScoreReason;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        Require(!complaint.CallbackRecorded, "trigger", "The callback was already recorded.");
        Require(SatisfactionScore.IsValid(Satisfaction) || (Satisfaction is null && Attempts is > 0 and <= 20), "satisfaction",
            "Record a satisfaction score from 1 to 5, or the callback attempts when the customer could not be reached.");
        if (SatisfactionScore.IsLow(Satisfaction))
        {
            RequireText(LowScoreReason, "lowScoreReason", "A low score needs the customer's reason; it opens a follow-up.");
        }

        Require(Comments is null || Comments.Length <= ComplaintLimits.LongText, "comments", "The comments are too long.");
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.Satisfaction = Satisfaction;
        complaint.CallbackAttempts = Attempts;
        complaint.CallbackRecorded = true;
        complaint.Running(ClockKind.Callback)?.Meet(context.NowUtc);
        if (SatisfactionScore.IsLow(Satisfaction))
        {
            complaint.FollowUpOpen = true;
            complaint.StartClock(ClockKind.FollowUp, context.NowUtc, context.Rules);
        }
    }

    internal override IEnumerable<(string, string?)> Details() =>
    [
        ("satisfaction", Satisfaction?.ToString(CultureInfo.InvariantCulture)),
        ("callbackAttempts", Attempts == 0 ? null : Attempts.ToString(CultureInfo.InvariantCulture)),
        ("callbackChannel", Channel?.ToString()),
        ("callbackComments", string.IsNullOrWhiteSpace(Comments) ? null : Comments.Trim()),
    ];
}

/// <summary>The follow-up a low score opened is done: what was done for the customer.</summary>
public sealed record CompleteFollowUp(string Note) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.CompleteFollowUp;

    internal override string? Remark => Note;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        Require(complaint.FollowUpOpen, "trigger", "No follow-up is open.");
        RequireText(Note, "note", "Say what the follow-up did.");
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.FollowUpOpen = false;
        complaint.Running(ClockKind.FollowUp)?.Meet(context.NowUtc);
    }
}
