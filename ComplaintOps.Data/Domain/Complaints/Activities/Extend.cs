using System.Globalization;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// Grants the next extension stage of the decision clock as the profile defines it: the person recording it is the
/// approver and must hold the stage's permission (stage 2 of the 2020 measures: a senior manager); each stage has its own
/// reason and the notice sent to the customer. Refused once the clock has breached: an extension never erases a breach.
/// </summary>
public sealed record Extend(int Stage, string Reason, string CustomerNotice) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Extend;

    internal override string? Remark => Reason;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        RequireText(Reason, "reason", "A reason is required.");
        RequireText(CustomerNotice, "customerNotice", "Record the notice telling the customer the new limit and the reason.");
        var clock = complaint.Running(ClockKind.Resolve) ?? throw new DomainException("invalid_state", "No decision clock is running.");
        if (clock.IsBreachedAt(context.NowUtc))
        {
            throw new DomainException("clock_breached", "The decision clock has already breached; a breach cannot be extended away.");
        }

        var stage = context.Rules.Policy.NextExtension(clock.ExtensionStages)
                    ?? throw new DomainException("extension_limit", $"The profile {context.Rules.Policy.Name} allows no further extension.");
        if (Stage != stage.Number)
        {
            throw new DomainException("extension_stage", $"The next extension is stage {stage.Number}.");
        }

        if (!context.Actor.Has(stage.ApproverPermission))
        {
            throw new DomainException("extension_approver", $"Stage {stage.Number} must be approved by someone holding {stage.ApproverPermission}.");
        }
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        var clock = complaint.Running(ClockKind.Resolve)!;
        clock.Extend(context.Rules.Policy.NextExtension(clock.ExtensionStages)!, context.Rules.Calendar);
    }

    internal override IEnumerable<(string, string?)> Details() =>
        [("stage", Stage.ToString(CultureInfo.InvariantCulture)), ("customerNotice", CustomerNotice)];
}
