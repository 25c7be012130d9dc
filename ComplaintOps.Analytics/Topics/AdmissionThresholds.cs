namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// Per-topic admission thresholds from the training distribution: a point joins its nearest topic only when its cosine
/// reaches that topic's threshold, otherwise it is unassigned (a candidate for an emerging topic).
/// </summary>
public static class AdmissionThresholds
{
    /// <summary>Thresholds of <paramref name="k"/> clusters from each point's cluster and cosine to that cluster's centroid.</summary>
    public static float[] Derive(IReadOnlyList<int> assignments, IReadOnlyList<float> similarities, int k, AdmissionOptions options)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(similarities);
        ArgumentNullException.ThrowIfNull(options);
        var members = new List<float>[k];
        for (var c = 0; c < k; c++) members[c] = [];
        for (var i = 0; i < assignments.Count; i++)
        {
            if (assignments[i] >= 0) members[assignments[i]].Add(similarities[i]);
        }

        var space = Math.Max(options.Floor, Percentile(members.SelectMany(m => m).ToList(), options.Percentile, options.Floor));
        return members.Select(m => m.Count >= options.MinMembers ? Math.Max(options.Floor, Percentile(m, options.Percentile, options.Floor)) : space).ToArray();
    }

    /// <summary>Lower percentile (nearest rank) of some values; <paramref name="empty"/> when there are none.</summary>
    public static float Percentile(List<float> values, double percentile, float empty)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) return empty;
        values.Sort();
        var rank = (int)Math.Floor(Math.Clamp(percentile, 0, 1) * (values.Count - 1));
        return values[rank];
    }
}
