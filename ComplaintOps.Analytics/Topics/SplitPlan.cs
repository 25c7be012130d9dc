namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// An analyst's "split this topic": its members re-clustered in two. Both centroids seed the next warm start; the larger
/// part keeps the topic's id (lineage gives it the id because it is the larger descendant), the smaller is born from it.
/// </summary>
public sealed record SplitPlan(float[] Larger, float[] Smaller, int LargerSize, int SmallerSize)
{
    /// <summary>The two parts of <paramref name="members"/>, or null when they cannot be split (fewer than two distinct points).</summary>
    public static SplitPlan? For(IReadOnlyList<float[]> members, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count < 2) return null;
        var fit = StableKMeans.Fit(members, new KMeansRequest { K = 2, Seed = seed, MaxDegreeOfParallelism = 1 }, cancellationToken);
        var first = fit.Assignments.Count(a => a == 0);
        var second = members.Count - first;
        if (fit.Centroids.Length < 2 || first == 0 || second == 0) return null;
        return first >= second
            ? new SplitPlan(fit.Centroids[0], fit.Centroids[1], first, second)
            : new SplitPlan(fit.Centroids[1], fit.Centroids[0], second, first);
    }
}
