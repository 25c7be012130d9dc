using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>Sends the proposed resolution to review; refused while compensation waits for authorization.</summary>
public sealed record SubmitForReview : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.SubmitForReview;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        if (!complaint.CompensationAuthorized)
        {
            throw new DomainException("authorization_pending",
                $"The resolution grants ¥{complaint.CompensationAmount:N2} and waits for authorization by a {complaint.RequiredApprovalRole}.");
        }
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
    }
}
