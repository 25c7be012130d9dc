namespace ComplaintOps.Analytics.Models;

/// <summary>
/// What a saved model version says about itself (manifest.json, written last: a version directory without it is incomplete).
/// </summary>
/// <param name="Version">1, 2, 3 … per store; set by <see cref="ModelStore"/>.</param>
/// <param name="Kind">"topics", "category", "severity" …</param>
/// <param name="N">Number of training texts.</param>
/// <param name="K">Number of clusters (topic models) or classes (classifiers).</param>
/// <param name="Metrics">Quality measured at training time (e.g. silhouette, accuracy).</param>
/// <param name="Labels">Cluster labels or class names.</param>
public sealed record ModelManifest(
    int Version,
    string Kind,
    DateTimeOffset TrainedAtUtc,
    int N,
    int K,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<string> Labels);
