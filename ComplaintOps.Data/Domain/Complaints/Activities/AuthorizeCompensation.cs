using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>Someone whose tier covers the amount authorizes a proposed compensation (授权机制).</summary>
public sealed record AuthorizeCompensation : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.AuthorizeCompensation;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        Require(!complaint.CompensationAuthorized, "trigger", "The resolution needs no further authorization.");
        var limit = context.Rules.Tiers.LimitOf(context.Actor);
        if (limit < complaint.CompensationAmount)
        {
            throw new DomainException("authorization_limit",
                $"¥{complaint.CompensationAmount:N2} is above your limit of ¥{limit:N2}; it needs {context.Rules.Tiers.LowestCovering(complaint.CompensationAmount)}.");
        }
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.CompensationAuthorized = true;
        complaint.RequiredApprovalRole = null;
        complaint.CompensationAuthorizedBy = context.Actor.Name;
    }
}
