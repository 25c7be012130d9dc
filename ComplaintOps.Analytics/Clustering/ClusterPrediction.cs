using Microsoft.ML.Data;

namespace ComplaintOps.Analytics.Clustering;

/// <summary>ML.NET k-means output: 1-based cluster id and the squared distance to every centroid.</summary>
public sealed class ClusterPrediction
{
    /// <summary>1-based id of the nearest centroid.</summary>
    [ColumnName("PredictedLabel")]
    public uint ClusterId { get; set; }

    /// <summary>Squared Euclidean distance to each centroid.</summary>
    [ColumnName("Score")]
    public float[] Distances { get; set; } = [];
}
