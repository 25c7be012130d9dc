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
    ClockState State);

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
    /// <summary>The earliest due date of the running clocks: the one the customer and the handler work to.</summary>
    public ClockView? NearestClock => Clocks.Where(c => c.State is ClockState.OnTime or ClockState.AtRisk or ClockState.Breached)
        .MinBy(c => c.DueAtUtc);
}
