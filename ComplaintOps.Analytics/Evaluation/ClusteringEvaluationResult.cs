using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Analytics.Evaluation;

/// <summary>
/// Clustering quality against true labels over several seeds: mean and sample standard deviation of NMI and ARI, the
/// per-seed values, how many texts went to each space, and where the time went.
/// </summary>
/// <param name="FeaturizeSeconds">Fitting the featurizers and embedding every text, all seeds together (sentence vectors are computed once and reused).</param>
/// <param name="ClusterSeconds">Mean per seed of k-means with restarts over all spaces.</param>
/// <param name="AssignMs">One new text: embed on the single-text path and find the nearest centroid, mean over up to 200 texts.</param>
public sealed record ClusteringEvaluationResult(
    EvaluatedRepresentation Representation,
    int K,
    IReadOnlyList<int> Seeds,
    IReadOnlyList<double> Nmi,
    IReadOnlyList<double> Ari,
    IReadOnlyDictionary<TopicSpace, int> Spaces,
    double FeaturizeSeconds,
    double ClusterSeconds,
    double AssignMs)
{
    public double NmiMean => Nmi.Average();

    public double NmiSd => SampleSd(Nmi);

    public double AriMean => Ari.Average();

    public double AriSd => SampleSd(Ari);

    private static double SampleSd(IReadOnlyList<double> values)
    {
        if (values.Count < 2) return 0;
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
