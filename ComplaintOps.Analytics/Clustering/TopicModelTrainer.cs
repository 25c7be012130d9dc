using ComplaintOps.Analytics.Text;
using ComplaintOps.Data.Text;

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
        var tokenizer = new TextTokenizer(options.Tokenizer);
        var tokens = new List<string>[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => tokens[i] = tokenizer.Tokenize(texts[i]));
        var surface = new SurfaceFormCounter();
        foreach (var text in texts.Take(20_000)) tokenizer.Tokenize(text, surface.Add);

        var vectorizer = TfIdfVectorizer.Fit(tokens, options.TfIdf, surface.MostFrequent());
        var vectors = new SparseVector[texts.Count];
        Parallel.For(0, texts.Count, i => vectors[i] = vectorizer.Transform(tokens[i]));

        var random = new Random(options.Seed);
        var nonEmpty = vectors.Where(v => v.Indices.Length > 0).ToArray();
        if (nonEmpty.Length < 2) throw new ArgumentException("The texts have too few shared terms to cluster.", nameof(texts));
        var lsaSample = nonEmpty.Length <= options.LsaSampleSize ? nonEmpty : random.GetItems(nonEmpty, options.LsaSampleSize);
        var lsa = Lsa.Fit(lsaSample, vectorizer.Count, options.Dimensions, options.Seed, options.Whitening);
        var embeddings = new float[texts.Count][];
        Parallel.For(0, texts.Count, i => embeddings[i] = lsa.Transform(vectors[i]));

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
        var clusters = Describe(run, embeddings, vectors, vectorizer, options.LabelTerms);
        var parts = new TopicModelParts(options.Tokenizer, vectorizer, lsa, run.Model, run.Centroids, clusters);
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
