using System.Diagnostics;
using ComplaintOps.Analytics.Clustering;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Analytics.Evaluation;

/// <summary>
/// Clusters labelled texts as topic training would and scores the clusters against the labels, once per seed. Each seed
/// refits the TF-IDF/LSA featurizers and reruns k-means (with restarts), so the spread covers both; sentence vectors do not
/// depend on a seed and are computed once. With several spaces (<see cref="EvaluatedRepresentation.Auto"/>) each is
/// clustered on its own and k is shared out in proportion to the texts per space; a cluster is (space, cluster id).
/// </summary>
public static class ClusteringEvaluation
{
    /// <summary>k-means restarts per seed (the run with the lowest inertia is kept), as in topic training.</summary>
    public const int Restarts = 3;

    /// <summary>Runs the evaluation; <paramref name="k"/> null chooses k per space by silhouette.</summary>
    public static ClusteringEvaluationResult Run(
        IReadOnlyList<string> texts, IReadOnlyList<string> labels, int? k, EvaluatedRepresentation representation, IReadOnlyList<int> seeds,
        ISentenceEmbedder embedder, CancellationToken cancellationToken, int shortWordLimit = TopicSpaces.ShortWordLimit)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0) throw new ArgumentException("At least one seed is needed.", nameof(seeds));
        var route = texts.Select(t => SpaceOf(t, representation, shortWordLimit)).ToArray();
        var groups = Enum.GetValues<TopicSpace>()
            .Select(space => (Space: space, Members: Enumerable.Range(0, texts.Count).Where(i => route[i] == space).ToArray()))
            .Where(g => g.Members.Length > 0)
            .ToArray();
        var shares = k is { } total ? Share(total, [.. groups.Select(g => g.Members.Length)]) : null;
        float[][]? sentenceVectors = null;
        var nmi = new List<double>();
        var ari = new List<double>();
        double featurizeSeconds = 0, clusterSeconds = 0, assignMs = 0;
        var clustersUsed = 0;
        foreach (var seed in seeds)
        {
            var predicted = new int[texts.Count];
            var offset = 0;
            var samples = new List<(ISpaceFeaturizer Featurizer, float[][] Centroids, string[] Texts)>();
            for (var g = 0; g < groups.Length; g++)
            {
                var (space, members) = groups[g];
                var groupTexts = members.Select(i => texts[i]).ToArray();
                var watch = Stopwatch.StartNew();
                var featurizer = SpaceFeaturizers.Fit(space, groupTexts, seed, embedder, cancellationToken);
                var vectors = space == TopicSpace.EnglishShort
                    ? sentenceVectors ??= featurizer.Embed(groupTexts, cancellationToken)
                    : featurizer.Embed(groupTexts, cancellationToken);
                featurizeSeconds += watch.Elapsed.TotalSeconds;

                watch.Restart();
                var groupK = shares?[g] ?? ClusterCountSelector.Choose(vectors, 2, 40, seed, cancellationToken).K;
                var run = KMeansClusterer.Fit(vectors, groupK, Restarts, seed, cancellationToken);
                clusterSeconds += watch.Elapsed.TotalSeconds;
                for (var j = 0; j < members.Length; j++) predicted[members[j]] = offset + run.Assignments[j];
                offset += run.Centroids.Length;
                samples.Add((featurizer, run.Centroids, groupTexts));
            }

            clustersUsed = offset;
            nmi.Add(ClusteringMetrics.NormalizedMutualInformation(labels, predicted));
            ari.Add(ClusteringMetrics.AdjustedRandIndex(labels, predicted));
            if (seed == seeds[^1]) assignMs = AssignMilliseconds(samples);
        }

        var spaces = groups.ToDictionary(g => g.Space, g => g.Members.Length);
        return new ClusteringEvaluationResult(representation, clustersUsed, [.. seeds], nmi, ari, spaces,
            featurizeSeconds, clusterSeconds / seeds.Count, assignMs);
    }

    /// <summary>The space a text is clustered in under <paramref name="representation"/>.</summary>
    public static TopicSpace SpaceOf(string text, EvaluatedRepresentation representation, int shortWordLimit = TopicSpaces.ShortWordLimit) => representation switch
    {
        EvaluatedRepresentation.Auto => TopicSpaces.Of(text, shortWordLimit),
        EvaluatedRepresentation.MiniLm => TopicSpace.EnglishShort,
        EvaluatedRepresentation.Lsa => TopicSpace.EnglishLong,
        EvaluatedRepresentation.CharGram => TopicSpace.Chinese,
        _ => throw new ArgumentOutOfRangeException(nameof(representation), representation, null),
    };

    /// <summary>Splits <paramref name="k"/> over groups in proportion to their sizes (largest remainder), at least 1 and at most the group size each.</summary>
    public static int[] Share(int k, IReadOnlyList<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var total = sizes.Sum();
        var exact = sizes.Select(s => (double)k * s / total).ToArray();
        var shares = exact.Select((x, i) => Math.Clamp((int)Math.Floor(x), 1, sizes[i])).ToArray();
        foreach (var i in Enumerable.Range(0, sizes.Count).OrderByDescending(i => exact[i] - Math.Floor(exact[i])))
        {
            if (shares.Sum() >= k) break;
            if (shares[i] < sizes[i]) shares[i]++;
        }

        // The minimum of one per group can overshoot k: take the excess from the largest shares.
        while (shares.Sum() > k && shares.Max() > 1) shares[Array.IndexOf(shares, shares.Max())]--;
        return shares;
    }

    private static double AssignMilliseconds(List<(ISpaceFeaturizer Featurizer, float[][] Centroids, string[] Texts)> spaces)
    {
        var probes = spaces.SelectMany(s => s.Texts.Take(200).Select(t => (s.Featurizer, s.Centroids, Text: t))).Take(200).ToList();
        foreach (var (featurizer, _, text) in probes.Take(5)) featurizer.Embed(text);   // warm-up: first call loads the single-text session
        var watch = Stopwatch.StartNew();
        foreach (var (featurizer, centroids, text) in probes) KMeansClusterer.Assign([featurizer.Embed(text)], centroids);
        return watch.Elapsed.TotalMilliseconds / Math.Max(1, probes.Count);
    }
}
