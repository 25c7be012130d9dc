namespace ComplaintOps.Analytics.Models;

/// <summary>What <c>manifest.json</c> of a model package says.</summary>
public sealed record ModelManifest(int Number, DateTimeOffset TrainedAtUtc, int TrainedOn, bool HasCategories, bool HasSeverities);
