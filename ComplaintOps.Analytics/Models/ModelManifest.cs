namespace ComplaintOps.Analytics.Models;

/// <summary>What <c>manifest.json</c> of a stored model version says; written last, so a version without it is incomplete.</summary>
public sealed record ModelManifest(
    string Version, DateTimeOffset TrainedAtUtc, int TrainedOn, int Clusters, bool HasCategories, bool HasSeverities);
