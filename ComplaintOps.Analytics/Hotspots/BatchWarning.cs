using ComplaintOps.Data.Features.Dashboard;

namespace ComplaintOps.Analytics.Hotspots;

/// <summary>At least the threshold of complaints on one topic or product arrived within the batch window ending now.</summary>
public sealed record BatchWarning(HotspotScope Scope, string Key, int Count, DateTimeOffset FirstAtUtc, DateTimeOffset LastAtUtc);
