namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// What <see cref="StableKMeans.Fit"/> does: a cold start (k-means++ with <see cref="Restarts"/> fixed seeds, the lowest
/// inertia kept) when <see cref="Initial"/> is null, otherwise a warm start of Lloyd iterations from those centroids.
/// </summary>
public sealed record KMeansRequest
{
    /// <summary>Number of clusters of a cold start (capped by the number of points); a warm start takes <see cref="Initial"/>'s count.</summary>
    public int K { get; init; }

    /// <summary>Cold-start runs, each from its own seed (<see cref="Seed"/> + r × 7919).</summary>
    public int Restarts { get; init; } = 3;

    /// <summary>Base seed: the same seed and data give the same clusters.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Upper bound on Lloyd iterations of one run.</summary>
    public int MaxIterations { get; init; } = 50;

    /// <summary>Centroids to start from (the carried topics); their clusters are never re-seeded when they empty, so an index keeps its meaning.</summary>
    public float[][]? Initial { get; init; }

    /// <summary>
    /// Restarts compete on at most this many points (a fixed sample) and the winner is then refined on all points: on a
    /// million points every restart on the full set would cost the time budget several times over.
    /// </summary>
    public int SampleSize { get; init; } = 50_000;

    /// <summary>Iterations stop once at most this share of the points changed cluster.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Threads used (restarts run side by side; the refinement splits the points).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
