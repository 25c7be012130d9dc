using ComplaintOps.Data.Domain.Complaints;
using static ComplaintOps.Data.Domain.Access.Permission;

namespace ComplaintOps.Data.Domain.Access;

/// <summary>The one permission each complaint activity needs. Scope (which complaints) is <see cref="ComplaintAccess"/>'s.</summary>
public static class TriggerPermissions
{
    public static Permission For(ComplaintTrigger trigger) => trigger switch
    {
        ComplaintTrigger.Classify => ClassifyComplaint,
        ComplaintTrigger.Assign or ComplaintTrigger.Reassign => AssignComplaint,
        ComplaintTrigger.Acknowledge => AcknowledgeComplaint,
        ComplaintTrigger.StartInvestigation or ComplaintTrigger.ProposeResolution or ComplaintTrigger.SubmitForReview
            or ComplaintTrigger.Pause or ComplaintTrigger.Resume => HandleComplaint,
        ComplaintTrigger.AddNote => AnnotateComplaint,
        ComplaintTrigger.Extend => ExtendDeadline,
        ComplaintTrigger.AuthorizeCompensation => AuthorizeCompensation,
        ComplaintTrigger.Approve or ComplaintTrigger.ReturnForRework or ComplaintTrigger.Reject => ReviewResolution,
        ComplaintTrigger.GiveFeedback or ComplaintTrigger.Close or ComplaintTrigger.RecordCallback or ComplaintTrigger.CompleteFollowUp => FollowUpCustomer,
        ComplaintTrigger.Appeal or ComplaintTrigger.Withdraw or ComplaintTrigger.Reopen or ComplaintTrigger.RequestReview => RecordCustomerRequest,
        ComplaintTrigger.DecideReview => HandleComplaint,
        ComplaintTrigger.ReportToRegulator or ComplaintTrigger.DesignateMajor => ReportToRegulator,
        ComplaintTrigger.Merge or ComplaintTrigger.RecordRepeat => MergeComplaints,
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };
}
