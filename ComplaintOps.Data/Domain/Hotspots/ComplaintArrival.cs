using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>
/// One complaint as the detectors see it: when it was registered, its current topic (null while unplaced or unassigned)
/// and its product. Detectors take these rather than entities so they stay pure.
/// </summary>
public sealed record ComplaintArrival(TopicKey? Topic, string? Product, DateTimeOffset RegisteredAtUtc);
