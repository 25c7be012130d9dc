using System.Numerics.Tensors;

namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// Spherical Lloyd iterations: each point to the centroid of highest cosine, each centroid to the normalised sum of its
/// points. Deterministic whatever the thread count: points are assigned independently, and every centroid sums its
/// points in index order. Buffers are allocated once per run, never per point.
/// </summary>
internal sealed class LloydIterations
{
    private const int Chunk = 2048;

    private readonly IReadOnlyList<float[]> _points;
    private readonly int _dimensions;
    private readonly ParallelOptions _parallel;
    private readonly int[] _changed;
    private readonly double[] _inertia;
    private readonly int[] _order;

    public LloydIterations(IReadOnlyList<float[]> points, int dimensions, int degree, CancellationToken cancellationToken)
    {
        _points = points;
        _dimensions = dimensions;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degree), CancellationToken = cancellationToken };
        var chunks = (points.Count + Chunk - 1) / Chunk;
        _changed = new int[chunks];
        _inertia = new double[chunks];
        _order = new int[points.Count];
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
        var limit = (int)(tolerance * _points.Count);
        var iterations = 0;
        var inertia = Assign(centroids, k, out var changed);
        while (iterations < maxIterations && changed > limit)
        {
            Update(centroids, k, keepEmpty);
            iterations++;
            inertia = Assign(centroids, k, out changed);
        }

        return (iterations, inertia);
    }

    private double Assign(float[] centroids, int k, out int changed)
    {
        Parallel.For(0, _changed.Length, _parallel, chunk =>
        {
            var end = Math.Min(_points.Count, (chunk + 1) * Chunk);
            var moved = 0;
            double loss = 0;
            for (var i = chunk * Chunk; i < end; i++)
            {
                var best = UnitVectors.Nearest(_points[i], centroids, k, out var similarity);
                if (best != Assignments[i])
                {
                    Assignments[i] = best;
                    moved++;
                }

                Similarities[i] = similarity;
                loss += 1 - similarity;
            }

            _changed[chunk] = moved;
            _inertia[chunk] = loss;
        });
        changed = _changed.Sum();
        return _inertia.Sum();
    }

    private void Update(float[] centroids, int k, bool keepEmpty)
    {
        // Counting sort of the points by cluster keeps each cluster's points in index order: the sums do not depend on threads.
        var starts = new int[k + 1];
        foreach (var a in Assignments) starts[a + 1]++;
        for (var c = 0; c < k; c++) starts[c + 1] += starts[c];
        var next = starts[..k];
        for (var i = 0; i < Assignments.Length; i++) _order[next[Assignments[i]]++] = i;

        var d = _dimensions;
        Parallel.For(0, k, _parallel, c =>
        {
            if (starts[c] == starts[c + 1]) return;
            var sum = centroids.AsSpan(c * d, d);
            sum.Clear();
            for (var j = starts[c]; j < starts[c + 1]; j++) TensorPrimitives.Add(sum, _points[_order[j]], sum);
            UnitVectors.Normalize(sum);
        });
        if (keepEmpty) return;
        for (var c = 0; c < k; c++)
        {
            if (starts[c] != starts[c + 1]) continue;
            var worst = WorstServed();
            _points[worst].AsSpan().CopyTo(centroids.AsSpan(c * d, d));
            Similarities[worst] = float.PositiveInfinity;   // not picked twice in this step; recomputed by the next assignment
        }
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
