namespace ComplaintOps.Analytics.Clustering;

/// <summary>ML.NET input row: one reduced, L2-normalised text vector (its size is set at run time by a schema definition).</summary>
public sealed class EmbeddingRow
{
    /// <summary>The embedding.</summary>
    public float[] Features { get; set; } = [];
}
