namespace ComplaintOps.Analytics.Topics;

/// <summary>k-means++ seeding on unit vectors: each next centre is drawn with probability ∝ squared distance (2 − 2 cos) to the nearest chosen one.</summary>
internal static class KMeansPlusPlus
{
    public static float[] Seed(IReadOnlyList<float[]> points, int k, int dimensions, int seed)
    {
        var random = new Random(seed);
        var n = points.Count;
        var centroids = new float[k * dimensions];
        var distance = new double[n];
        Array.Fill(distance, double.MaxValue);
        var chosen = random.Next(n);
        for (var c = 0; c < k; c++)
        {
            points[chosen].AsSpan().CopyTo(centroids.AsSpan(c * dimensions, dimensions));
            double total = 0;
            for (var i = 0; i < n; i++)
            {
                var d = Math.Max(0, 2 - 2 * UnitVectors.Dot(points[i], points[chosen]));
                if (d < distance[i]) distance[i] = d;
                total += distance[i];
            }

            chosen = total > 0 ? Draw(distance, total, random) : random.Next(n);   // all points covered: duplicates are harmless
        }

        return centroids;
    }

    private static int Draw(double[] weights, double total, Random random)
    {
        var target = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target <= 0 && weights[i] > 0) return i;
        }

        return Array.FindLastIndex(weights, w => w > 0);
    }
}
