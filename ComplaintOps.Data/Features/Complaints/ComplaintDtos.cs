using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Features.Complaints;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);

/// <summary>One line of the complaint list.</summary>
public sealed record ComplaintRow(
    Guid Id,
    string Reference,
    string Subject,
    ComplaintStatus Status,
    Channel Channel,
    string? Category,
    Severity? Severity,
    string? Department,
    string? HandlerName,
    string CustomerName,
    CustomerTier CustomerTier,
    DateTimeOffset RegisteredAtUtc,
    DateTimeOffset? NextDueAtUtc,
    ClockKind? NextDueClock,
    int Round);

public sealed record ClockView(
    ClockKind Kind,
    int Round,
    DateTimeOffset StartedAtUtc,
    DateTimeOffset DueAtUtc,
    DateTimeOffset? MetAtUtc,
    int? WorkingDays,
    int? CalendarDays,
    int ExtensionDays,
    ClockState State)
{
    /// <summary>The rule the due date comes from (profile, article, how firm); null for a regulator's fixed deadline.</summary>
    public ClockBasis? Basis { get; init; }

    /// <summary>The profile's legal clock (only excludable waits stop it), as opposed to an internal target.</summary>
    public bool Legal { get; init; }

    public int ExtensionStages { get; init; }

    /// <summary>Time excluded while paused for an allowed reason.</summary>
    public TimeSpan Excluded { get; init; }

    /// <summary>The working days run past the last loaded calendar year: the due date assumes no holidays there and must be checked.</summary>
    public bool CalendarMissing { get; init; }
}

/// <summary>A joint complainant or the agent, its personal data masked (<see cref="Domain.Access.PersonalDataMask"/>).</summary>
public sealed record PartyView(
    Guid Id,
    PartyRole Role,
    int Position,
    string Name,
    string? Phone,
    string? IdNumber,
    string? Relationship,
    string? AuthorizationReference,
    DateOnly? AuthorizedOn);

/// <summary>One history event; <c>UnreadableDetails</c> holds the raw stored text when Details could not be read.</summary>
public sealed record EventView(
    int Sequence,
    string Kind,
    ComplaintStatus? FromStatus,
    ComplaintStatus ToStatus,
    string ActorName,
    StaffRole ActorRole,
    DateTimeOffset OccurredAtUtc,
    string? Reason,
    IReadOnlyDictionary<string, string> Details,
    string Hash,
    string? UnreadableDetails = null);

/// <summary>
/// Everything the detail page shows, including the triggers allowed now. The customer's personal data is always masked
/// here, whoever reads it (least exposure): the clear value of one field comes only from IPersonalDataAccess.RevealAsync,
/// which logs it.
/// </summary>
public sealed record ComplaintDetail(
    Guid Id,
    string Reference,
    int Version,
    ComplaintStatus Status,
    Channel Channel,
    string Subject,
    string Description,
    string Language,
    string CustomerName,
    string? CustomerPhone,
    string? CustomerEmail,
    string? CustomerIdNumber,
    string? CustomerAccount,
    CustomerTier CustomerTier,
    string? Product,
    decimal? DisputedAmount,
    string? Category,
    Severity? Severity,
    string? Department,
    string? HandlerId,
    string? HandlerName,
    string FirstResponderName,
    string SlaPolicyName,
    IReadOnlyList<string> NamedEmployeeIds,
    DateTimeOffset RegisteredAtUtc,
    int Round,
    bool IsPaused,
    PauseReason? PauseReason,
    string? RootCause,
    string? Measures,
    string? ResolutionOwner,
    CompensationKind CompensationKind,
    decimal CompensationAmount,
    bool CompensationAuthorized,
    StaffRole? RequiredApprovalRole,
    int? Satisfaction,
    Guid? MergedIntoId,
    int RepeatCount,
    IReadOnlyList<ClockView> Clocks,
    IReadOnlyList<EventView> Timeline,
    IReadOnlyList<ComplaintTrigger> PermittedTriggers,
    bool HistoryIntact)
{
    /// <summary>When the complaint was received (the clocks count from here).</summary>
    public DateTimeOffset ReceivedAtUtc { get; init; }

    /// <summary>Province-level region code (<see cref="Domain.Reference.Regions"/>).</summary>
    public string? Region { get; init; }

    /// <summary>The profile the complaint is handled under.</summary>
    public SlaPolicy? Policy { get; init; }

    /// <summary>The extension stage the next Extend would grant (its approver permission and rule), or null.</summary>
    public ExtensionStage? NextExtension { get; init; }

    /// <summary>The decision clock's due date once <see cref="NextExtension"/> is granted (what the approver is asked to confirm).</summary>
    public DateTimeOffset? NextExtensionDueAtUtc { get; init; }

    public DecisionNotice? Decision { get; init; }

    public DateTimeOffset? DecisionSentAtUtc { get; init; }

    public bool CallbackRecorded { get; init; }

    public bool FollowUpOpen { get; init; }

    public DateOnly? ReviewDecisionReceivedOn { get; init; }

    public ReviewOutcome? ReviewOutcome { get; init; }

    public string? OriginalDepartment { get; init; }

    public bool IsMajor { get; init; }

    public MajorReason? MajorReason { get; init; }

    public string? RegulatorName { get; init; }

    public string? RegulatorReference { get; init; }

    public string? RegulatorReport { get; init; }

    public DateTimeOffset? RegulatorReportedAtUtc { get; init; }

    /// <summary>The main complainant plus the joint ones.</summary>
    public int ComplainantCount { get; init; } = 1;

    /// <summary>Joint complainants (in registration order), then the agent; masked like the customer.</summary>
    public IReadOnlyList<PartyView> Parties { get; init; } = [];

    /// <summary>The earliest due date of the running clocks: the one the customer and the handler work to.</summary>
    public ClockView? NearestClock => Clocks.Where(c => c.State is ClockState.OnTime or ClockState.AtRisk or ClockState.Breached)
        .MinBy(c => c.DueAtUtc);
}
