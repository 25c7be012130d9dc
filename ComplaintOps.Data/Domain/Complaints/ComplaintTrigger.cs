namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>
/// Everything that can be done to a complaint. Status-changing triggers and in-state activities share one list,
/// so the workflow table decides both which buttons show and what is legal.
/// </summary>
public enum ComplaintTrigger
{
    // status changes
    Classify,
    Assign,
    Reassign,
    StartInvestigation,
    ProposeResolution,
    SubmitForReview,
    Approve,
    ReturnForRework,
    GiveFeedback,
    Close,
    Appeal,
    Reopen,
    Withdraw,
    Reject,
    Merge,
    RequestReview,
    DecideReview,

    // activities inside a state
    Acknowledge,
    Pause,
    Resume,
    Extend,
    AuthorizeCompensation,
    RecordRepeat,
    AddNote,
    RecordCallback,
    CompleteFollowUp,
    ReportToRegulator,
    DesignateMajor,
}
