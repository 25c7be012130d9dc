using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Features.Queue;

public enum QueueSort
{
    DueSoonest,
    Newest,
    Oldest,
    Severity,
}

/// <summary>Filters, sort and page of the open-complaint queue.</summary>
public sealed record QueueQuery
{
    public string? Department { get; init; }

    public string? HandlerName { get; init; }

    public string? Category { get; init; }

    public Severity? Severity { get; init; }

    public Channel? Channel { get; init; }

    /// <summary>OnTime, AtRisk or Breached: the state of the complaint's nearest clock.</summary>
    public ClockState? ClockState { get; init; }

    public ClockKind? ClockKind { get; init; }

    public ComplaintStatus? Status { get; init; }

    public bool VipOnly { get; init; }

    public QueueSort Sort { get; init; } = QueueSort.DueSoonest;

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}

public sealed record QueueRow(
    Guid Id,
    string Reference,
    string Subject,
    ComplaintStatus Status,
    string? Department,
    string? HandlerName,
    string? Category,
    Severity? Severity,
    Channel Channel,
    CustomerTier CustomerTier,
    DateTimeOffset RegisteredAtUtc,
    DateTimeOffset? NextDueAtUtc,
    ClockKind? NextDueClock,
    ClockState? NextClockState);
