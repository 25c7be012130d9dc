namespace ComplaintOps.Analytics.Topics;

/// <summary>When a new cluster counts as descending from a previous topic.</summary>
public sealed record LineageOptions
{
    /// <summary>With members known: at least this share of the cluster came from the topic, or of the topic went to the cluster.</summary>
    public double MinOverlap { get; init; } = 0.5;

    /// <summary>Without members: the centroids' cosine reaches this.</summary>
    public float MinCentroidSimilarity { get; init; } = 0.8f;
}
