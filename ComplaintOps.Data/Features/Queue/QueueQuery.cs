using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Topics;

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

    /// <summary>Complaints whose current topic is this one (a hotspot's or emerging topic's drill-down).</summary>
    public TopicKey? Topic { get; init; }

    public string? Product { get; init; }

    /// <summary>Registered at or after this instant (the start of a local day).</summary>
    public DateTimeOffset? RegisteredFromUtc { get; init; }

    /// <summary>Registered before this instant (the start of the local day after the last one asked for).</summary>
    public DateTimeOffset? RegisteredBeforeUtc { get; init; }

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
