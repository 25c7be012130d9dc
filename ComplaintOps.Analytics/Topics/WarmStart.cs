namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// The seeds of a warm training: every carried centroid (a topic to split contributes its two halves), plus the centres of
/// dense groups among the complaints no carried topic admits. Also the carried topics as lineage ancestors, with members
/// taken from the caller or, when unknown, from which carried topic admits each complaint now.
/// </summary>
internal sealed record WarmStart(List<float[]> Seeds, List<PreviousTopic> Ancestors)
{
    public static WarmStart From(List<PreviousTopic> carried, IReadOnlyList<TopicPoint> points, RetrainOptions options, CancellationToken cancellationToken)
    {
        var thresholds = carried.Select(t => t.AdmissionThreshold > 0 ? t.AdmissionThreshold : options.Admission.Floor).ToArray();
        var dimensions = points[0].Vector.Length;
        var flat = UnitVectors.Flatten(carried.Select(t => UnitVectors.NormalizedCopy(t.Centroid)).ToArray(), dimensions);
        var nearest = new int[points.Count];
        Parallel.For(0, points.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, i =>
        {
            var c = UnitVectors.Nearest(points[i].Vector, flat, carried.Count, out var similarity);
            nearest[i] = similarity >= thresholds[c] ? c : -1;
        });

        var members = carried.Select(_ => new List<int>()).ToArray();
        var residual = new List<float[]>();
        for (var i = 0; i < points.Count; i++)
        {
            if (nearest[i] >= 0) members[nearest[i]].Add(i);
            else residual.Add(points[i].Vector);
        }

        var seeds = new List<float[]>();
        for (var t = 0; t < carried.Count; t++)
        {
            var plan = carried[t].SplitRequested ? SplitPlan.For(members[t].Select(i => points[i].Vector).ToList(), options.Seed, cancellationToken) : null;
            if (plan is not null && plan.SmallerSize >= options.MinTopicSize) seeds.AddRange([plan.Larger, plan.Smaller]);
            else seeds.Add(carried[t].Centroid!);
        }

        var assigner = new TopicAssigner(carried.Select((t, j) => new TopicCentroid(j, t.Centroid!, thresholds[j])).ToList());
        var cohesion = options.MinBirthCohesion ?? Median(thresholds);
        seeds.AddRange(ResidualBirths.Find(residual, c => assigner.Assign(c).Admitted, cohesion, options, cancellationToken));
        var ancestors = carried.Select((t, j) => t.Members is null ? t with { Members = [.. members[j].Select(i => points[i].Id)] } : t).ToList();
        return new WarmStart(seeds, ancestors);
    }

    private static float Median(float[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
