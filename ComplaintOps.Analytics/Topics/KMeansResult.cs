namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// A spherical k-means solution: unit centroids, each point's cluster and its cosine to that centroid, the inertia
/// (Σ 1 − cosine), the seeds of every cold-start restart in order (empty for a warm start) and the one that won.
/// </summary>
public sealed record KMeansResult(
    float[][] Centroids, int[] Assignments, float[] Similarities, double Inertia, IReadOnlyList<int> Seeds, int? ChosenSeed, int Iterations);
