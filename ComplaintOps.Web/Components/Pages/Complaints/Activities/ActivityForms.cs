using System.Collections.Frozen;
using ComplaintOps.Data.Domain.Complaints;

namespace ComplaintOps.Web.Components.Pages.Complaints.Activities;

/// <summary>
/// The one place the UI knows its activities: the form of each trigger (an <see cref="ActivityForm"/>, hosted by
/// <see cref="ActivityDialog"/>) and how its button looks. Which triggers may be fired is never decided here: the page
/// shows the detail's PermittedTriggers.
/// </summary>
public static class ActivityForms
{
    private static readonly FrozenDictionary<ComplaintTrigger, Type> Forms = new Dictionary<ComplaintTrigger, Type>
    {
        [ComplaintTrigger.Classify] = typeof(ClassifyForm),
        [ComplaintTrigger.Assign] = typeof(AssignForm),
        [ComplaintTrigger.Reassign] = typeof(ReassignForm),
        [ComplaintTrigger.StartInvestigation] = typeof(StartInvestigationForm),
        [ComplaintTrigger.ProposeResolution] = typeof(ProposeResolutionForm),
        [ComplaintTrigger.SubmitForReview] = typeof(SubmitForReviewForm),
        [ComplaintTrigger.Approve] = typeof(ApproveForm),
        [ComplaintTrigger.ReturnForRework] = typeof(ReturnForReworkForm),
        [ComplaintTrigger.GiveFeedback] = typeof(GiveFeedbackForm),
        [ComplaintTrigger.Close] = typeof(CloseForm),
        [ComplaintTrigger.Appeal] = typeof(AppealForm),
        [ComplaintTrigger.Reopen] = typeof(ReopenForm),
        [ComplaintTrigger.Withdraw] = typeof(WithdrawForm),
        [ComplaintTrigger.Reject] = typeof(RejectForm),
        [ComplaintTrigger.Merge] = typeof(MergeForm),
        [ComplaintTrigger.RequestReview] = typeof(RequestReviewForm),
        [ComplaintTrigger.DecideReview] = typeof(DecideReviewForm),
        [ComplaintTrigger.Acknowledge] = typeof(AcknowledgeForm),
        [ComplaintTrigger.Pause] = typeof(PauseForm),
        [ComplaintTrigger.Resume] = typeof(ResumeForm),
        [ComplaintTrigger.Extend] = typeof(ExtendForm),
        [ComplaintTrigger.AuthorizeCompensation] = typeof(AuthorizeCompensationForm),
        [ComplaintTrigger.RecordRepeat] = typeof(RecordRepeatForm),
        [ComplaintTrigger.AddNote] = typeof(AddNoteForm),
        [ComplaintTrigger.RecordCallback] = typeof(RecordCallbackForm),
        [ComplaintTrigger.CompleteFollowUp] = typeof(CompleteFollowUpForm),
        [ComplaintTrigger.ReportToRegulator] = typeof(ReportToRegulatorForm),
        [ComplaintTrigger.DesignateMajor] = typeof(DesignateMajorForm),
    }.ToFrozenDictionary();

    /// <summary>The form component of <paramref name="trigger"/>, or null when none is registered.</summary>
    public static Type? For(ComplaintTrigger trigger) => Forms.GetValueOrDefault(trigger);

    /// <summary>RecordRepeat happens through Merge on the duplicate, so it gets no button of its own.</summary>
    public static bool HasButton(ComplaintTrigger trigger) => trigger != ComplaintTrigger.RecordRepeat;

    /// <summary>Triggers that end or refuse the case get a warning colour.</summary>
    public static bool IsDestructive(ComplaintTrigger trigger) =>
        trigger is ComplaintTrigger.Withdraw or ComplaintTrigger.Reject or ComplaintTrigger.Merge or ComplaintTrigger.ReturnForRework;

    /// <summary>The decision notice and the resolution are long forms; the rest fit a small dialog.</summary>
    public static bool IsWide(ComplaintTrigger trigger) => trigger is ComplaintTrigger.GiveFeedback or ComplaintTrigger.ProposeResolution;
}
