namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// Greedy k-means++ seeding on unit vectors (as scikit-learn does): each next centre is the best of 2 + ln k candidates
/// drawn with probability ∝ squared distance (2 − 2 cos) to the nearest chosen centre, "best" meaning the lowest total
/// distance afterwards. Plain k-means++ (one candidate) left two centres in one planted topic in every one of three restarts.
/// </summary>
internal static class KMeansPlusPlus
{
    public static float[] Seed(IReadOnlyList<float[]> points, int k, int dimensions, int seed)
    {
        var random = new Random(seed);
        var n = points.Count;
        var trials = 2 + (int)Math.Log(k);
        var centroids = new float[k * dimensions];
        var distance = new double[n];
        var candidate = new double[n];
        var best = new double[n];
        Array.Fill(distance, double.MaxValue);
        var chosen = random.Next(n);
        var total = Cover(points, chosen, distance, distance);
        for (var c = 0; c < k; c++)
        {
            points[chosen].AsSpan().CopyTo(centroids.AsSpan(c * dimensions, dimensions));
            if (c == k - 1) break;
            if (total <= 0)
            {
                chosen = random.Next(n);   // every point is a centre already: duplicates are harmless
                continue;
            }

            var bestTotal = double.MaxValue;
            for (var t = 0; t < trials; t++)
            {
                var draw = Draw(distance, total, random);
                var after = Cover(points, draw, distance, candidate);
                if (after >= bestTotal) continue;
                (bestTotal, chosen) = (after, draw);
                (best, candidate) = (candidate, best);
            }

            (distance, best) = (best, distance);
            total = bestTotal;
        }

        return centroids;
    }

    // Squared distance of every point to its nearest centre once `centre` joins: into `result`; returns their sum.
    private static double Cover(IReadOnlyList<float[]> points, int centre, double[] current, double[] result)
    {
        double total = 0;
        for (var i = 0; i < points.Count; i++)
        {
            var d = Math.Max(0, 2 - 2 * UnitVectors.Dot(points[i], points[centre]));
            result[i] = Math.Min(d, current[i]);
            total += result[i];
        }

        return total;
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
