namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// Spherical k-means on unit vectors (cosine = dot product), reproducible and warm-startable: topic identities are carried
/// across retrains by starting from the previous centroids, and an unchanged data set then keeps its clusters exactly.
/// </summary>
public static class StableKMeans
{
    private const int SeedStride = 7919;

    /// <summary>Clusters <paramref name="points"/> (unit vectors of one length) as <paramref name="request"/> says.</summary>
    public static KMeansResult Fit(IReadOnlyList<float[]> points, KMeansRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(request);
        if (points.Count == 0) throw new ArgumentException("Nothing to cluster.", nameof(points));
        var dimensions = points[0].Length;
        if (points.Any(p => p.Length != dimensions)) throw new ArgumentException("All points must have the same length.", nameof(points));
        return request.Initial is { } initial ? Warm(points, initial, dimensions, request, cancellationToken) : Cold(points, dimensions, request, cancellationToken);
    }

    private static KMeansResult Warm(IReadOnlyList<float[]> points, float[][] initial, int dimensions, KMeansRequest request, CancellationToken cancellationToken)
    {
        if (initial.Length == 0) throw new ArgumentException("A warm start needs at least one centroid.", nameof(request));
        if (initial.Any(c => c.Length != dimensions)) throw new ArgumentException("Initial centroids must have the points' length.", nameof(request));
        var centroids = UnitVectors.Flatten(initial.Select(c => UnitVectors.NormalizedCopy(c)).ToArray(), dimensions);
        var lloyd = new LloydIterations(points, dimensions, request.MaxDegreeOfParallelism, cancellationToken);
        var (iterations, inertia) = lloyd.Run(centroids, initial.Length, keepEmpty: true, request.MaxIterations, request.Tolerance);
        return new KMeansResult(UnitVectors.Unflatten(centroids, initial.Length, dimensions), lloyd.Assignments, lloyd.Similarities, inertia, [], null, iterations);
    }

    private static KMeansResult Cold(IReadOnlyList<float[]> points, int dimensions, KMeansRequest request, CancellationToken cancellationToken)
    {
        var k = Math.Clamp(request.K, 1, points.Count);
        var seeds = Enumerable.Range(0, Math.Max(1, request.Restarts)).Select(r => unchecked(request.Seed + r * SeedStride)).ToArray();
        var sample = Sample(points, request.SampleSize, request.Seed);
        var runs = new (float[] Centroids, double Inertia, int Iterations)[seeds.Length];
        Parallel.For(0, seeds.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.MaxDegreeOfParallelism), CancellationToken = cancellationToken }, r =>
        {
            var centroids = KMeansPlusPlus.Seed(sample, k, dimensions, seeds[r]);
            var lloyd = new LloydIterations(sample, dimensions, 1, cancellationToken);
            var (iterations, inertia) = lloyd.Run(centroids, k, keepEmpty: false, request.MaxIterations, request.Tolerance);
            runs[r] = (centroids, inertia, iterations);
        });
        var best = Enumerable.Range(0, runs.Length).MinBy(r => runs[r].Inertia);   // ties: the earliest seed
        var refined = new LloydIterations(points, dimensions, request.MaxDegreeOfParallelism, cancellationToken);
        var final = runs[best].Centroids;
        // On the sample itself this only recomputes assignments (it converged); on a larger set it refines the winner.
        var (more, total) = refined.Run(final, k, keepEmpty: false, request.MaxIterations, request.Tolerance);
        return new KMeansResult(UnitVectors.Unflatten(final, k, dimensions), refined.Assignments, refined.Similarities, total, seeds, seeds[best], runs[best].Iterations + more);
    }

    private static IReadOnlyList<float[]> Sample(IReadOnlyList<float[]> points, int size, int seed)
    {
        if (points.Count <= size) return points;
        var index = Enumerable.Range(0, points.Count).ToArray();
        var random = new Random(seed);
        for (var i = 0; i < size; i++)
        {
            var j = random.Next(i, index.Length);
            (index[i], index[j]) = (index[j], index[i]);
        }

        return index.Take(size).Order().Select(i => points[i]).ToArray();
    }
}
