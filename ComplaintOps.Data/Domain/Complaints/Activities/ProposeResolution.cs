using System.Globalization;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// The handler's proposed result: root cause, measures and their owner, and any compensation. An amount above the
/// proposer's authorization tier waits for <see cref="AuthorizeCompensation"/>.
/// </summary>
public sealed record ProposeResolution(string RootCause, string Measures, string ResolutionOwner,
    CompensationKind CompensationKind = CompensationKind.None, decimal CompensationAmount = 0m) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.ProposeResolution;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        RequireText(RootCause, "rootCause", "Root cause is required.");
        RequireText(Measures, "measures", "Measures are required.");
        RequireText(ResolutionOwner, "resolutionOwner", "An owner for the measures is required.", ComplaintLimits.Name);
        Require(Money.IsValid(CompensationAmount), "compensationAmount", "Compensation " + Money.Rule + ".");
        Require(CompensationAmount == 0 || CompensationKind is CompensationKind.Refund or CompensationKind.Compensation or CompensationKind.Gift,
            "compensationKind", "An amount needs a refund, compensation or gift.");
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        var tiers = context.Rules.Tiers;
        complaint.RootCause = RootCause.Trim();
        complaint.Measures = Measures.Trim();
        complaint.ResolutionOwner = ResolutionOwner.Trim();
        complaint.CompensationKind = CompensationKind;
        complaint.CompensationAmount = CompensationAmount;
        complaint.CompensationAuthorized = tiers.LimitOf(context.Actor) >= CompensationAmount;
        complaint.RequiredApprovalRole = complaint.CompensationAuthorized ? null : tiers.LowestCovering(CompensationAmount);
        complaint.CompensationAuthorizedBy = complaint.CompensationAuthorized ? context.Actor.Name : null;
    }

    internal override IEnumerable<(string, string?)> Details() =>
    [
        ("rootCause", RootCause), ("measures", Measures), ("resolutionOwner", ResolutionOwner),
        ("compensationKind", CompensationKind == CompensationKind.None ? null : CompensationKind.ToString()),
        ("compensationAmount", CompensationAmount == 0 ? null : CompensationAmount.ToString(CultureInfo.InvariantCulture)),
    ];
}
