using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Text;

namespace ComplaintOps.Analytics.Clustering;

/// <summary>
/// Trains a <see cref="TopicModel"/> from raw complaint texts: mask → tokenize → TF-IDF → LSA → (auto-)k → ML.NET k-means
/// with restarts → clusters labelled by their most distinctive terms, with size and silhouette quality.
/// </summary>
public static class TopicModelTrainer
{
    /// <summary>Trains on <paramref name="texts"/> (empty texts are allowed but carry no signal).</summary>
    public static TopicModelTrainingResult Train(IReadOnlyList<string> texts, TopicModelOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(options);
        if (texts.Count < 2) throw new ArgumentException("At least two texts are needed to cluster.", nameof(texts));
        // Today's model is one space over every language (CJK n-grams and English words side by side); per-space models build on Representation/.
        var (featurizer, vectors) = LsaFeaturizer.Fit(TopicSpace.EnglishLong, texts, options.Featurizer, options.Seed, cancellationToken);
        var embeddings = new float[texts.Count][];
        Parallel.For(0, texts.Count, i => embeddings[i] = featurizer.Lsa.Transform(vectors[i]));

        IReadOnlyDictionary<int, double> scores = new Dictionary<int, double>();
        int k;
        if (options.ClusterCount is { } given)
        {
            k = given;
        }
        else
        {
            (k, scores) = ClusterCountSelector.Choose(embeddings, options.MinClusterCount, options.MaxClusterCount, options.Seed, cancellationToken);
        }

        // Restarts matter most on small sets; on large ones a single k-means++ run is stable and restarts would cost the time budget.
        var restarts = texts.Count > 50_000 ? 1 : options.Restarts;
        var run = KMeansClusterer.Fit(embeddings, k, restarts, options.Seed, cancellationToken);
        var clusters = Describe(run, embeddings, vectors, featurizer.Vectorizer, options.LabelTerms);
        var parts = new TopicModelParts(featurizer, run.Model, run.Centroids, clusters);
        return new TopicModelTrainingResult(new TopicModel(parts), run.Assignments, scores);
    }

    private static List<Cluster> Describe(KMeansRun run, float[][] embeddings, SparseVector[] vectors, TfIdfVectorizer vectorizer, int labelTerms)
    {
        var k = run.Centroids.Length;
        var sizes = new int[k];
        var quality = new double[k];
        var centroidTerms = new double[k][];
        var global = new double[vectorizer.Count];
        for (var c = 0; c < k; c++) centroidTerms[c] = new double[vectorizer.Count];
        for (var i = 0; i < vectors.Length; i++)
        {
            var c = run.Assignments[i];
            sizes[c]++;
            quality[c] += Silhouette.Simplified(embeddings[i], run.Centroids, c);
            var v = vectors[i];
            for (var j = 0; j < v.Indices.Length; j++)
            {
                centroidTerms[c][v.Indices[j]] += v.Values[j];
                global[v.Indices[j]] += v.Values[j];
            }
        }

        var clusters = new List<Cluster>(k);
        for (var c = 0; c < k; c++)
        {
            var terms = TopTerms(centroidTerms[c], sizes[c], global, vectors.Length, vectorizer, labelTerms);
            clusters.Add(new Cluster(c, string.Join(" / ", terms), terms, sizes[c], sizes[c] == 0 ? 0 : quality[c] / sizes[c]));
        }

        return clusters;
    }

    // Distinctive terms: mean weight in the cluster minus mean weight overall; character n-grams, single CJK characters and terms already
    // contained in a chosen term are skipped so the label reads as words/bigrams.
    private static List<string> TopTerms(double[] sum, int size, double[] global, int n, TfIdfVectorizer vectorizer, int count)
    {
        var chosen = new List<string>();
        if (size == 0) return chosen;
        var ranked = Enumerable.Range(0, sum.Length)
            .Where(t => sum[t] > 0)
            .OrderByDescending(t => sum[t] / size - global[t] / n)
            .ThenBy(t => t);
        foreach (var t in ranked)
        {
            var term = vectorizer.DisplayTerms[t];
            if (term.StartsWith('#')) continue;   // in-word character n-grams help the geometry but do not read as labels
            if (term.Length == 1 && TextTokenizer.IsCjk(term[0])) continue;
            if (chosen.Any(x => x.Contains(term, StringComparison.Ordinal))) continue;
            chosen.RemoveAll(x => term.Contains(x, StringComparison.Ordinal));
            chosen.Add(term);
            if (chosen.Count == count) break;
        }

        return chosen;
    }
}
