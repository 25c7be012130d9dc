namespace ComplaintOps.Analytics.Clustering;

/// <summary>
/// Chooses the number of clusters: k-means for each candidate k on a sample, scored by mean cosine silhouette on a
/// smaller sample; the best-scoring k wins (ties go to the smaller k).
/// </summary>
public static class ClusterCountSelector
{
    /// <summary>Candidate k values: every k up to 12, then steps of about 15 % up to <paramref name="max"/>.</summary>
    public static IReadOnlyList<int> Candidates(int min, int max)
    {
        var list = new List<int>();
        for (var k = Math.Max(2, min); k <= max; k = k < 12 ? k + 1 : (int)Math.Ceiling(k * 1.15)) list.Add(k);
        return list;
    }

    /// <summary>The chosen k and the silhouette score of every candidate tried.</summary>
    public static (int K, IReadOnlyDictionary<int, double> Scores) Choose(IReadOnlyList<float[]> embeddings, int min, int max, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        var random = new Random(seed);
        var fitSample = Sample(embeddings, 6_000, random);
        var scoreSample = Sample(fitSample, 2_000, random);
        max = Math.Min(max, Math.Max(2, (int)Math.Sqrt(embeddings.Count) * 2));
        var scores = new Dictionary<int, double>();
        var bestK = Math.Min(Math.Max(2, min), embeddings.Count);
        var bestScore = double.NegativeInfinity;
        foreach (var k in Candidates(min, max))
        {
            if (k >= scoreSample.Count) break;
            var run = KMeansClusterer.Fit(fitSample, k, 1, seed + k, cancellationToken);
            var (labels, _) = KMeansClusterer.Assign(scoreSample, run.Centroids);
            var score = Silhouette.Mean(scoreSample, labels, run.Centroids.Length);
            scores[k] = score;
            if (score > bestScore + 1e-9)
            {
                bestScore = score;
                bestK = k;
            }
        }

        return (bestK, scores);
    }

    private static List<float[]> Sample(IReadOnlyList<float[]> items, int size, Random random)
    {
        if (items.Count <= size) return [.. items];
        var idx = Enumerable.Range(0, items.Count).ToArray();
        random.Shuffle(idx);
        return idx.Take(size).Order().Select(i => items[i]).ToList();
    }
}
