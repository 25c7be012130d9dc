using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Dashboard;

/// <summary>What the live views need of one clock.</summary>
public sealed record ClockFacts(
    ClockKind Kind,
    DateTimeOffset StartedAtUtc,
    DateTimeOffset DueAtUtc,
    DateTimeOffset? MetAtUtc,
    DateTimeOffset? StoppedAtUtc,
    DateTimeOffset? PausedAtUtc)
{
    public bool IsRunning => MetAtUtc is null && StoppedAtUtc is null;

    public ClockState StateAt(DateTimeOffset nowUtc, double atRiskFraction) =>
        ComplaintClock.Evaluate(StartedAtUtc, DueAtUtc, MetAtUtc, StoppedAtUtc, PausedAtUtc, nowUtc, atRiskFraction);
}

/// <summary>
/// What the live views need of one complaint. The aggregator keeps these in memory for open complaints and recent ones,
/// refreshing a complaint's facts when one of its changes is published.
/// </summary>
public sealed record ComplaintFacts(
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
    DateTimeOffset? ClosedAtUtc,
    int? Satisfaction,
    int Round,
    IReadOnlyList<ClockFacts> Clocks)
{
    public bool IsOpen => Status.IsOpen();

    /// <summary>The product complained about (batch warnings per product).</summary>
    public string? Product { get; init; }

    /// <summary>The complaint's current topic (its current placement); null while unplaced or unassigned.</summary>
    public TopicKey? Topic { get; init; }
}
