using System.Numerics.Tensors;

namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// Spherical Lloyd iterations: each point to the centroid of highest cosine, each centroid to the normalised sum of its
/// points. Deterministic whatever the thread count: points are assigned independently, and every centroid sums its
/// points in index order. Buffers are allocated once per run, never per point.
/// Hamerly's bound skips most of the work once clusters settle: each point keeps a lower bound on its (Euclidean) distance
/// to the runner-up centroid, lowered by the largest centroid move; while the exact distance to its own centroid stays
/// below that bound, no other centroid can be nearer and the point is not rescanned. The result is the plain Lloyd result.
/// </summary>
internal sealed class LloydIterations
{
    private const int Chunk = 2048;

    // Bounds come from float dot products: a point within this of the runner-up bound is rescanned rather than trusted.
    private const float Slack = 1e-4f;

    private readonly IReadOnlyList<float[]> _points;
    private readonly int _dimensions;
    private readonly ParallelOptions _parallel;
    private readonly int[] _changed;
    private readonly double[] _inertia;
    private readonly int[] _order;
    private readonly float[] _runnerUpBound;

    public LloydIterations(IReadOnlyList<float[]> points, int dimensions, int degree, CancellationToken cancellationToken)
    {
        _points = points;
        _dimensions = dimensions;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degree), CancellationToken = cancellationToken };
        var chunks = (points.Count + Chunk - 1) / Chunk;
        _changed = new int[chunks];
        _inertia = new double[chunks];
        _order = new int[points.Count];
        _runnerUpBound = new float[points.Count];
        Assignments = new int[points.Count];
        Similarities = new float[points.Count];
    }

    public int[] Assignments { get; }

    public float[] Similarities { get; }

    /// <summary>
    /// Iterates from <paramref name="centroids"/> (k rows, flat, updated in place). An emptied cluster keeps its centroid when
    /// <paramref name="keepEmpty"/> (a carried topic must not change meaning), otherwise it restarts at the worst-served point.
    /// </summary>
    public (int Iterations, double Inertia) Run(float[] centroids, int k, bool keepEmpty, int maxIterations, double tolerance)
    {
        Array.Fill(Assignments, -1);
        Array.Fill(_runnerUpBound, float.NegativeInfinity);
        var limit = (int)(tolerance * _points.Count);
        var iterations = 0;
        var inertia = Assign(centroids, k, 0, out var changed);
        while (iterations < maxIterations && changed > limit)
        {
            var moved = Update(centroids, k, keepEmpty);
            iterations++;
            inertia = Assign(centroids, k, moved, out changed);
        }

        return (iterations, inertia);
    }

    private double Assign(float[] centroids, int k, float moved, out int changed)
    {
        var d = _dimensions;
        Parallel.For(0, _changed.Length, _parallel, chunk =>
        {
            var end = Math.Min(_points.Count, (chunk + 1) * Chunk);
            var switched = 0;
            double loss = 0;
            for (var i = chunk * Chunk; i < end; i++)
            {
                var own = Assignments[i];
                var bound = _runnerUpBound[i] - moved;
                if (own >= 0)
                {
                    var similarity = TensorPrimitives.Dot(_points[i], new ReadOnlySpan<float>(centroids, own * d, d));
                    if (UnitVectors.Distance(similarity) < bound - Slack)
                    {
                        _runnerUpBound[i] = bound;
                        Similarities[i] = similarity;
                        loss += 1 - similarity;
                        continue;
                    }
                }

                var best = UnitVectors.NearestTwo(_points[i], centroids, k, out var nearest, out var runnerUp);
                if (best != own)
                {
                    Assignments[i] = best;
                    switched++;
                }

                _runnerUpBound[i] = k > 1 ? UnitVectors.Distance(runnerUp) : float.PositiveInfinity;
                Similarities[i] = nearest;
                loss += 1 - nearest;
            }

            _changed[chunk] = switched;
            _inertia[chunk] = loss;
        });
        changed = _changed.Sum();
        return _inertia.Sum();
    }

    // Returns the largest distance any centroid moved (what every runner-up bound must be lowered by).
    private float Update(float[] centroids, int k, bool keepEmpty)
    {
        // Counting sort of the points by cluster keeps each cluster's points in index order: the sums do not depend on threads.
        var starts = new int[k + 1];
        foreach (var a in Assignments) starts[a + 1]++;
        for (var c = 0; c < k; c++) starts[c + 1] += starts[c];
        var next = starts[..k];
        for (var i = 0; i < Assignments.Length; i++) _order[next[Assignments[i]]++] = i;

        var d = _dimensions;
        var moved = new float[k];
        Parallel.For(0, k, _parallel, c =>
        {
            if (starts[c] == starts[c + 1]) return;
            var centroid = centroids.AsSpan(c * d, d);
            var old = centroid.ToArray();
            centroid.Clear();
            for (var j = starts[c]; j < starts[c + 1]; j++) TensorPrimitives.Add(centroid, _points[_order[j]], centroid);
            UnitVectors.Normalize(centroid);
            moved[c] = UnitVectors.Distance(TensorPrimitives.Dot(old, centroid));
        });
        if (!keepEmpty)
        {
            for (var c = 0; c < k; c++)
            {
                if (starts[c] != starts[c + 1]) continue;
                var worst = WorstServed();
                _points[worst].AsSpan().CopyTo(centroids.AsSpan(c * d, d));
                Similarities[worst] = float.PositiveInfinity;   // not picked twice in this step; recomputed by the next assignment
                moved[c] = 2;                                    // a re-seeded centroid may land anywhere
            }
        }

        return moved.Max();
    }

    private int WorstServed()
    {
        var worst = 0;
        for (var i = 1; i < Similarities.Length; i++)
        {
            if (Similarities[i] < Similarities[worst]) worst = i;
        }

        return worst;
    }
}
