namespace ComplaintOps.Analytics.Text;

/// <summary>A sparse feature vector: ascending term indices and their weights (same length).</summary>
public sealed record SparseVector(int[] Indices, float[] Values)
{
    /// <summary>The empty vector (a text with no known feature).</summary>
    public static SparseVector Empty { get; } = new([], []);
}
