using ComplaintOps.Data.Domain.Complaints;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>Groups of inputs the transition dialog can ask for.</summary>
[Flags]
public enum TransitionField
{
    None = 0,
    Classification = 1 << 0,
    Routing = 1 << 1,
    Resolution = 1 << 2,
    Note = 1 << 3,
    FeedbackChannel = 1 << 4,
    Reason = 1 << 5,
    Satisfaction = 1 << 6,
    Pause = 1 << 7,
    Extension = 1 << 8,
    MergeTarget = 1 << 9,
}

/// <summary>
/// Which inputs each trigger needs (the payload rules themselves live in the domain, Complaint.Rules.cs).
/// Which triggers are allowed is never decided here: the page shows the detail's PermittedTriggers.
/// </summary>
public static class TransitionFields
{
    public static TransitionField For(ComplaintTrigger trigger) => trigger switch
    {
        ComplaintTrigger.Classify => TransitionField.Classification,
        ComplaintTrigger.Assign or ComplaintTrigger.Reassign => TransitionField.Routing,
        ComplaintTrigger.ProposeResolution => TransitionField.Resolution,
        ComplaintTrigger.Approve or ComplaintTrigger.AddNote => TransitionField.Note,
        ComplaintTrigger.GiveFeedback => TransitionField.Note | TransitionField.FeedbackChannel,
        ComplaintTrigger.ReturnForRework or ComplaintTrigger.Withdraw or ComplaintTrigger.Reject
            or ComplaintTrigger.Appeal or ComplaintTrigger.Reopen => TransitionField.Reason,
        ComplaintTrigger.Close => TransitionField.Satisfaction,
        ComplaintTrigger.Pause => TransitionField.Pause,
        ComplaintTrigger.Extend => TransitionField.Extension,
        ComplaintTrigger.Merge => TransitionField.MergeTarget,
        _ => TransitionField.None, // Acknowledge, StartInvestigation, SubmitForReview, Resume, AuthorizeCompensation: confirm only
    };

    /// <summary>The note is the whole point of AddNote; elsewhere it is optional.</summary>
    public static bool NoteRequired(ComplaintTrigger trigger) => trigger == ComplaintTrigger.AddNote;

    /// <summary>RecordRepeat happens through Merge on the duplicate, so it gets no button of its own.</summary>
    public static bool HasButton(ComplaintTrigger trigger) => trigger != ComplaintTrigger.RecordRepeat;

    /// <summary>Triggers that end or refuse the case get a warning colour.</summary>
    public static bool IsDestructive(ComplaintTrigger trigger) =>
        trigger is ComplaintTrigger.Withdraw or ComplaintTrigger.Reject or ComplaintTrigger.Merge or ComplaintTrigger.ReturnForRework;
}
