using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// Sends the decision notice: verification, basis, reasons and remedies, on a channel, with proof of sending. Meets the
/// feedback clock and starts the callback clock; the 核查 window counts from when the customer receives it.
/// </summary>
public sealed record GiveFeedback(DecisionNotice Notice) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.GiveFeedback;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        RequireText(Notice.Verification, "verification", "Say what was verified.");
        RequireText(Notice.Basis, "basis", "State the basis of the decision.");
        RequireText(Notice.Reasons, "reasons", "State the reasons for the decision.");
        Require(Notice.Remedies != Remedies.None, "remedies", "Tell the customer the remedies open to them (review, mediation, arbitration, litigation).");
        Require(context.Rules.Policy.Review is not null || !Notice.Remedies.HasFlag(Remedies.Review), "remedies",
            "This profile offers no 核查 review; do not offer it.");
        RequireText(Notice.ProofOfSending, "proofOfSending", "Record the proof the notice was sent (message id, call recording, letter number).",
            ComplaintLimits.Reference);
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.Decision = Notice with
        {
            Verification = Notice.Verification.Trim(), Basis = Notice.Basis.Trim(), Reasons = Notice.Reasons.Trim(),
            ProofOfSending = Notice.ProofOfSending.Trim(),
        };
        complaint.DecisionSentAtUtc = context.NowUtc;
        complaint.PreferredContact = Notice.SentVia;
        complaint.Running(ClockKind.Feedback)?.Meet(context.NowUtc);
        complaint.StartClock(ClockKind.Callback, context.NowUtc, context.Rules);
    }

    internal override IEnumerable<(string, string?)> Details() =>
    [
        ("verification", Notice.Verification), ("basis", Notice.Basis), ("reasons", Notice.Reasons), ("remedies", Notice.Remedies.ToString()),
        ("feedbackChannel", Notice.SentVia.ToString()), ("proofOfSending", Notice.ProofOfSending),
    ];
}
