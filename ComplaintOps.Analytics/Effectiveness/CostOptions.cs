using System.ComponentModel.DataAnnotations;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>
/// Activity-based costing: staff do not log time, so each recorded event is priced at a standard number of minutes for its
/// kind × the hourly rate of the role that acted, plus a fixed other cost per intake channel (postage, call charges).
/// Section <c>Analytics:Cost</c>; every value is in CNY and each key given in configuration replaces its default.
/// </summary>
public sealed class CostOptions : IValidatableObject
{
    public const string SectionName = "Analytics:Cost";

    /// <summary>Fully loaded cost of an hour of staff time by role, CNY.</summary>
    public Dictionary<StaffRole, decimal> HourlyRates { get; set; } = new()
    {
        [StaffRole.IntakeAgent] = 60m,
        [StaffRole.Handler] = 90m,
        [StaffRole.DepartmentHead] = 150m,
        [StaffRole.Supervisor] = 120m,
        [StaffRole.FeedbackAgent] = 60m,
        [StaffRole.Compliance] = 130m,
        [StaffRole.Manager] = 200m,
        [StaffRole.Auditor] = 100m,
        [StaffRole.System] = 0m,
    };

    /// <summary>Standard handling minutes per event kind ("Registered" or a trigger name).</summary>
    public Dictionary<string, double> StandardMinutes { get; set; } = new(StringComparer.Ordinal)
    {
        ["Registered"] = 10,
        ["Classify"] = 5,
        ["Assign"] = 5,
        ["Reassign"] = 10,
        ["Acknowledge"] = 5,
        ["StartInvestigation"] = 30,
        ["AddNote"] = 30,
        ["ProposeResolution"] = 45,
        ["SubmitForReview"] = 5,
        ["Approve"] = 15,
        ["ReturnForRework"] = 15,
        ["AuthorizeCompensation"] = 15,
        ["GiveFeedback"] = 15,
        ["Close"] = 10,
        ["Appeal"] = 15,
        ["Reopen"] = 10,
        ["Withdraw"] = 5,
        ["Reject"] = 20,
        ["Merge"] = 10,
        ["RecordRepeat"] = 10,
        ["Pause"] = 5,
        ["Resume"] = 5,
        ["Extend"] = 15,
        ["RecordCallback"] = 10,
        ["CompleteFollowUp"] = 30,
        ["RequestReview"] = 15,
        ["DecideReview"] = 60,
        ["ReportToRegulator"] = 30,
        ["DesignateMajor"] = 15,
        ["DueDateMoved"] = 0,
    };

    /// <summary>Minutes for an event kind not listed in <see cref="StandardMinutes"/>.</summary>
    [Range(0, 10_000)]
    public double DefaultMinutes { get; set; } = 5;

    /// <summary>Other cost per complaint by intake channel (call charges, postage, regulator liaison), CNY; unlisted channels cost 0.</summary>
    public Dictionary<Channel, decimal> ChannelCost { get; set; } = new()
    {
        [Channel.Phone] = 3m,
        [Channel.Letter] = 12m,
        [Channel.Branch] = 5m,
        [Channel.Regulator] = 50m,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HourlyRates.Any(r => r.Value < 0))
        {
            yield return new ValidationResult("Hourly rates cannot be negative.", [nameof(HourlyRates)]);
        }

        if (StandardMinutes.Any(m => m.Value < 0 || double.IsNaN(m.Value)))
        {
            yield return new ValidationResult("Standard minutes cannot be negative.", [nameof(StandardMinutes)]);
        }

        if (ChannelCost.Any(c => c.Value < 0))
        {
            yield return new ValidationResult("Channel costs cannot be negative.", [nameof(ChannelCost)]);
        }
    }

    public CostOptions Validated()
    {
        OptionsValidation.Check(this);
        return this;
    }
}
