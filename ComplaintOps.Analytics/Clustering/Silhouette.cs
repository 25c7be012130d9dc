using ComplaintOps.Analytics.Text;

namespace ComplaintOps.Analytics.Clustering;

/// <summary>Silhouette indices on unit-length embeddings with cosine distance (1 − dot).</summary>
public static class Silhouette
{
    /// <summary>Mean silhouette of a set of points (use a sample: this is quadratic in its size).</summary>
    public static double Mean(IReadOnlyList<float[]> points, IReadOnlyList<int> labels, int k)
    {
        var n = points.Count;
        if (n < 2 || k < 2) return 0;
        var total = new double[n];
        Parallel.For(0, n, i =>
        {
            var sums = new double[k];
            var counts = new int[k];
            for (var j = 0; j < n; j++)
            {
                if (j == i) continue;
                sums[labels[j]] += 1 - VectorMath.Dot(points[i], points[j]);
                counts[labels[j]]++;
            }

            var own = labels[i];
            if (counts[own] == 0) return;      // a singleton scores 0
            var a = sums[own] / counts[own];
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
            {
                if (c != own && counts[c] > 0) b = Math.Min(b, sums[c] / counts[c]);
            }

            if (b == double.MaxValue) return;
            var m = Math.Max(a, b);
            total[i] = m <= 0 ? 0 : (b - a) / m;
        });
        return total.Average();
    }

    /// <summary>Simplified silhouette of one point: distance to its own centroid (a) against the nearest other (b).</summary>
    public static double Simplified(float[] point, float[][] centroids, int own)
    {
        var a = Math.Sqrt(VectorMath.SquaredDistance(point, centroids[own]));
        var b = double.MaxValue;
        for (var c = 0; c < centroids.Length; c++)
        {
            if (c != own) b = Math.Min(b, Math.Sqrt(VectorMath.SquaredDistance(point, centroids[c])));
        }

        if (b == double.MaxValue) return 0;
        var m = Math.Max(a, b);
        return m <= 0 ? 0 : (b - a) / m;
    }
}
