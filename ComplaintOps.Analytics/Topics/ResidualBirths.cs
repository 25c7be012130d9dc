using ComplaintOps.Analytics.Clustering;

namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// New topics among the complaints no carried topic admits. They are mostly the edges of existing topics plus, sometimes,
/// a genuinely new problem; a group is born only when it is big enough, cohesive enough, and its centre is not itself
/// admitted by a carried topic (the edge of an existing topic, gathered up, points back at that topic).
/// </summary>
internal static class ResidualBirths
{
    public static List<float[]> Find(List<float[]> residual, Func<float[], bool> admittedByCarried, float minCohesion, RetrainOptions options, CancellationToken cancellationToken)
    {
        if (residual.Count < options.MinTopicSize || options.MaxBirths < 1) return [];
        var dimensions = residual[0].Length;
        var whole = UnitVectors.MeanDirection(residual, dimensions);
        List<(float[] Centre, int Size, double Cohesion)> groups;
        if (Cohesion(residual, whole) >= minCohesion)
        {
            groups = [(whole, residual.Count, Cohesion(residual, whole))];
        }
        else
        {
            var maxK = Math.Min(options.MaxBirths, residual.Count / options.MinTopicSize);
            if (maxK < 2) return [];
            var k = ClusterCountSelector.Choose(residual, 2, maxK, options.Seed, cancellationToken).K;
            var fit = StableKMeans.Fit(residual, TopicRetrainer.Request(options) with { K = k, Restarts = options.Restarts }, cancellationToken);
            groups = Enumerable.Range(0, fit.Centroids.Length).Select(c =>
            {
                var size = fit.Assignments.Count(a => a == c);
                var cohesion = size == 0 ? 0 : fit.Assignments.Select((a, i) => a == c ? fit.Similarities[i] : 0).Sum() / size;
                return (fit.Centroids[c], size, (double)cohesion);
            }).ToList();
        }

        return groups.Where(g => g.Size >= options.MinTopicSize && g.Cohesion >= minCohesion && !admittedByCarried(g.Centre))
            .OrderByDescending(g => g.Size).Take(options.MaxBirths).Select(g => g.Centre).ToList();
    }

    private static double Cohesion(List<float[]> points, float[] centre) => points.Average(p => (double)UnitVectors.Dot(p, centre));
}
