using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Effectiveness;

/// <summary>
/// What cost and effectiveness figures need of one complaint, read by one projection query: where it came from and who
/// handled it, how it ended, the compensation granted, every recorded activity (kind and the role that acted — the
/// activity-based cost model prices these), when it was received (cycle time counts from there, see Kpi.CycleTime) and each clock's due and met instants (timeliness).
/// </summary>
public sealed record ComplaintOutcome(
    Guid Id,
    string? Department,
    string? Category,
    Channel Channel,
    string? Product,
    ComplaintStatus Status,
    DateTimeOffset RegisteredAtUtc,
    DateTimeOffset ReceivedAtUtc,
    DateTimeOffset? ResolvedAtUtc,
    DateTimeOffset? ClosedAtUtc,
    int? Satisfaction,
    int Round,
    int RepeatCount,
    decimal CompensationAmount,
    bool CompensationAuthorized,
    IReadOnlyList<ActivityFact> Activities,
    IReadOnlyList<ClockOutcome> Clocks)
{
    /// <summary>The complaint's current topic (its current placement); null while unplaced or unassigned.</summary>
    public TopicKey? Topic { get; init; }

    /// <summary>The partner the complaint is about (outsourced collection, product issuer, channel), when known.</summary>
    public string? PartnerCode { get; init; }
}

/// <summary>One event of a complaint's history: its kind (Registered or a trigger name) and the role of who did it.</summary>
public sealed record ActivityFact(string Kind, StaffRole Role);

/// <summary>One clock's due instant and, when met, when.</summary>
public sealed record ClockOutcome(DateTimeOffset DueAtUtc, DateTimeOffset? MetAtUtc);
