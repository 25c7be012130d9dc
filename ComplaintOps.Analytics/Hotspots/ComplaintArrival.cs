namespace ComplaintOps.Analytics.Hotspots;

/// <summary>
/// One complaint as the detectors see it: when it arrived, its topic key (cluster id when one exists, otherwise the
/// category — see <see cref="TopicKeys"/>) and its product. Detectors take these rather than entities so they stay pure.
/// </summary>
public sealed record ComplaintArrival(string? TopicKey, string? Product, DateTimeOffset RegisteredAtUtc);
