using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>What intake records about a new complaint.</summary>
public sealed record NewComplaint
{
    public required Channel Channel { get; init; }

    public required string Subject { get; init; }

    public required string Description { get; init; }

    public required string CustomerName { get; init; }

    public string? CustomerPhone { get; init; }

    public string? CustomerEmail { get; init; }

    public string? CustomerIdNumber { get; init; }

    public string? CustomerAccount { get; init; }

    public CustomerTier CustomerTier { get; init; } = CustomerTier.Standard;

    /// <summary>Channel the customer wants the result on.</summary>
    public Channel? PreferredContact { get; init; }

    public string? Product { get; init; }

    /// <summary>The partner the complaint is about, when known at intake (a code of the partner list).</summary>
    public string? PartnerCode { get; init; }
    /// <summary>Province-level region code from <see cref="Regions"/>; optional.</summary>
    public string? Region { get; init; }

    public decimal? DisputedAmount { get; init; }

    /// <summary>"zh" or "en".</summary>
    public string Language { get; init; } = "zh";

    /// <summary>Employees the complaint is about: they may not handle it (recusal).</summary>
    public IReadOnlyList<string> NamedEmployeeIds { get; init; } = [];

    /// <summary>When the institution received the complaint; null means now. Not after registration, not older than <see cref="ComplaintLimits.ReceiptMaxAgeDays"/>.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>For regulator-transferred cases: the date the regulator set (local).</summary>
    public DateOnly? RegulatorDeadline { get; init; }

    /// <summary>For regulator-transferred cases: which regulator (branch) transferred it.</summary>
    public string? RegulatorName { get; init; }

    /// <summary>For regulator-transferred cases: the regulator's own reference (required with a deadline).</summary>
    public string? RegulatorReference { get; init; }

    public string? ExternalReference { get; init; }

    /// <summary>Joint complainants besides the main one (at most <see cref="ComplaintLimits.JointComplainants"/>).</summary>
    public IReadOnlyList<JointComplainant> JointComplainants { get; init; } = [];

    /// <summary>The authorised agent, if the complainants act through one.</summary>
    public ComplaintAgent? Agent { get; init; }

    /// <summary>Intake says the complaint arises from a disaster or accident (突发事件): major under art. 29 where the profile has a major rule.</summary>
    public bool CausedByDisasterOrAccident { get; init; }
}
