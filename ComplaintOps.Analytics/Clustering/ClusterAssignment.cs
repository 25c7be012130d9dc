namespace ComplaintOps.Analytics.Clustering;

/// <summary>Where a new complaint falls: 0-based cluster id, cosine similarity to the cluster centroid, and confidence.</summary>
/// <param name="Confidence">Margin between the nearest and second-nearest centroid, 0 (ambiguous) .. 1 (clear).</param>
public sealed record ClusterAssignment(int ClusterId, double Similarity, double Confidence);
