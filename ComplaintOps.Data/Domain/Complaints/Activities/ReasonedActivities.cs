using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>The reviewer sends the result back to the handler, saying why.</summary>
public sealed record ReturnForRework(string Reason) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.ReturnForRework;

    internal override string? Remark => Reason;

    internal override void Check(Complaint complaint, ActivityContext context) => RequireText(Reason, "reason", "A reason is required.");

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
    }
}

/// <summary>The customer withdraws the complaint before a result is approved.</summary>
public sealed record Withdraw(string Reason) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Withdraw;

    internal override string? Remark => Reason;

    internal override void Check(Complaint complaint, ActivityContext context) => RequireText(Reason, "reason", "A reason is required.");

    internal override void Apply(Complaint complaint, ActivityContext context) => complaint.Leave(context.NowUtc);
}

/// <summary>Not a complaint the institution handles (out of scope, abusive, duplicate of a court case…), with the reason.</summary>
public sealed record Reject(string Reason) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Reject;

    internal override string? Remark => Reason;

    internal override void Check(Complaint complaint, ActivityContext context) => RequireText(Reason, "reason", "A reason is required.");

    internal override void Apply(Complaint complaint, ActivityContext context) => complaint.Leave(context.NowUtc);
}

/// <summary>A note on the history; changes nothing else.</summary>
public sealed record AddNote(string Note) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.AddNote;

    internal override string? Remark => Note;

    internal override void Check(Complaint complaint, ActivityContext context) => RequireText(Note, "note", "The note is empty.");

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
    }
}

/// <summary>The customer is told the complaint was accepted, its time limit and a contact.</summary>
public sealed record Acknowledge : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Acknowledge;

    internal override void Check(Complaint complaint, ActivityContext context) =>
        Require(!complaint.Acknowledged, "trigger", "The customer was already acknowledged.");

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.Acknowledged = true;
        complaint.Running(ClockKind.Acknowledge)?.Meet(context.NowUtc);
    }
}
