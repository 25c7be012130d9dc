using ComplaintOps.Analytics.Clustering;

namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// One topic training as a pure function. Warm: the carried topics' centroids (two for a topic an analyst asked to
/// split) seed the clustering; complaints that no carried topic admits are searched for dense new groups, which are
/// born; Lloyd iterations then settle all centroids together, clusters below the minimum size are dropped, and lineage
/// gives every cluster its identity. Cold (no carried centroid): k-means with restarts, every topic born.
/// </summary>
public static class TopicRetrainer
{
    /// <summary>Trains topics over <paramref name="points"/> from <paramref name="previous"/>; new ids come from <paramref name="allocateId"/>.</summary>
    public static RetrainResult Retrain(
        IReadOnlyList<PreviousTopic> previous, IReadOnlyList<TopicPoint> points, RetrainOptions options, Func<int> allocateId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(allocateId);
        if (points.Count == 0) throw new ArgumentException("Nothing to train on.", nameof(points));
        var vectors = points.Select(p => p.Vector).ToArray();
        var carried = previous.Where(p => p.Centroid is not null).ToList();
        List<float[]> seeds;
        IReadOnlyList<int> kMeansSeeds = [];
        List<PreviousTopic> ancestors;
        if (carried.Count == 0)
        {
            var k = options.K ?? ClusterCountSelector.Choose(vectors, options.MinK, options.MaxK, options.Seed, cancellationToken).K;
            var cold = StableKMeans.Fit(vectors, Request(options) with { K = k, Restarts = options.Restarts }, cancellationToken);
            seeds = [.. cold.Centroids];
            kMeansSeeds = cold.Seeds;
            ancestors = [];
        }
        else
        {
            var start = WarmStart.From(carried, points, options, cancellationToken);
            seeds = start.Seeds;
            ancestors = start.Ancestors;
        }

        var fit = Settle(vectors, seeds, options, cancellationToken);
        var k2 = fit.Centroids.Length;
        var thresholds = AdmissionThresholds.Derive(fit.Assignments, fit.Similarities, k2, options.Admission);
        var next = Enumerable.Range(0, k2).Select(c => new NextCluster(c, fit.Centroids[c], 0, new List<Guid>())).ToArray();
        for (var i = 0; i < points.Count; i++) ((List<Guid>)next[fit.Assignments[i]].Members!).Add(points[i].Id);
        next = [.. next.Select(c => c with { Size = c.Members!.Count })];
        var lineage = TopicLineage.Carry(ancestors, next, options.Lineage, allocateId);
        return Describe(points, fit, thresholds, lineage, kMeansSeeds, options);
    }

    internal static KMeansRequest Request(RetrainOptions options) => new()
    {
        Seed = options.Seed, MaxIterations = options.MaxIterations, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
    };

    // Lloyd from the seeds; a cluster below the minimum size is no topic: drop its centroid and settle again without it.
    private static KMeansResult Settle(float[][] vectors, List<float[]> seeds, RetrainOptions options, CancellationToken cancellationToken)
    {
        while (true)
        {
            var fit = StableKMeans.Fit(vectors, Request(options) with { Initial = [.. seeds] }, cancellationToken);
            var sizes = new int[seeds.Count];
            foreach (var a in fit.Assignments) sizes[a]++;
            var keep = Enumerable.Range(0, seeds.Count).Where(c => sizes[c] >= options.MinTopicSize).ToList();
            if (keep.Count == seeds.Count || keep.Count == 0) return fit;
            seeds = [.. keep.Select(c => fit.Centroids[c])];
        }
    }

    private static RetrainResult Describe(
        IReadOnlyList<TopicPoint> points, KMeansResult fit, float[] thresholds, LineageResult lineage, IReadOnlyList<int> seeds, RetrainOptions options)
    {
        var k = fit.Centroids.Length;
        var flat = UnitVectors.Flatten(fit.Centroids, fit.Centroids[0].Length);
        var size = new int[k];
        var cohesion = new double[k];
        var silhouette = new double[k];
        var result = new PointTopic[points.Count];
        var admitted = new bool[points.Count];
        var runnerUp = new float[points.Count];
        Parallel.For(0, points.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, i =>
        {
            var own = fit.Assignments[i];
            admitted[i] = fit.Similarities[i] >= thresholds[own];
            runnerUp[i] = SecondBest(points[i].Vector, flat, k, own);
        });
        for (var i = 0; i < points.Count; i++)
        {
            var own = fit.Assignments[i];
            var cluster = lineage.Clusters[own];
            result[i] = new PointTopic(points[i].Id, admitted[i] ? cluster.ReportedTopicId : null, admitted[i] ? cluster.TopicId : null, fit.Similarities[i]);
            if (!admitted[i]) continue;
            size[own]++;
            cohesion[own] += fit.Similarities[i];
            var a = 1 - fit.Similarities[i];
            var b = 1 - runnerUp[i];
            var m = Math.Max(a, b);
            silhouette[own] += m <= 0 ? 0 : (b - a) / m;
        }

        var topics = lineage.Clusters.Select(c => new TrainedTopic(
            c.TopicId, c.State, c.MergedIntoId, c.ParentId, c.ReportedTopicId, fit.Centroids[c.Index], size[c.Index], thresholds[c.Index],
            size[c.Index] == 0 ? 0 : cohesion[c.Index] / size[c.Index], size[c.Index] == 0 ? 0 : silhouette[c.Index] / size[c.Index])).ToList();
        return new RetrainResult(topics, result, lineage.Events, seeds);
    }

    private static float SecondBest(float[] point, float[] flat, int k, int own)
    {
        if (k < 2) return -1;
        var d = point.Length;
        var best = float.NegativeInfinity;
        for (var c = 0; c < k; c++)
        {
            if (c == own) continue;
            best = Math.Max(best, UnitVectors.Dot(point, new ReadOnlySpan<float>(flat, c * d, d)));
        }

        return best;
    }
}
