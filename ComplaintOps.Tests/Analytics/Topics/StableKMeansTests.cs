using ComplaintOps.Analytics.Evaluation;
using ComplaintOps.Analytics.Topics;

namespace ComplaintOps.Tests.Analytics.Topics;

public sealed class StableKMeansTests
{
    private static (float[][] Points, int[] Labels) Planted(int topics, int perTopic, int seed)
    {
        var planted = new PlantedVectors(seed);
        var points = new List<float[]>();
        var labels = new List<int>();
        for (var t = 0; t < topics; t++)
        {
            points.AddRange(planted.Around(planted.Centre(), perTopic).Select(p => p.Vector));
            labels.AddRange(Enumerable.Repeat(t, perTopic));
        }

        return ([.. points], [.. labels]);
    }

    [Fact]
    public void Cold_start_recovers_planted_clusters_and_records_every_restart_seed()
    {
        var (points, labels) = Planted(6, 80, seed: 1);

        var result = StableKMeans.Fit(points, new KMeansRequest { K = 6, Restarts = 4, Seed = 7 }, TestContext.Current.CancellationToken);

        Assert.Equal(1.0, ClusteringMetrics.NormalizedMutualInformation(labels, result.Assignments), 6);
        Assert.Equal([7, 7 + 7919, 7 + 2 * 7919, 7 + 3 * 7919], result.Seeds);
        Assert.Contains(result.ChosenSeed!.Value, result.Seeds);
        Assert.All(result.Centroids, c => Assert.Equal(1.0, Math.Sqrt(c.Sum(x => (double)x * x)), 4));
        Assert.Equal(points.Length - result.Similarities.Sum(s => (double)s), result.Inertia, 2);
    }

    [Fact]
    public void The_same_seed_gives_the_same_clusters_on_one_thread_or_two()
    {
        var (points, _) = Planted(5, 60, seed: 2);

        var one = StableKMeans.Fit(points, new KMeansRequest { K = 7, Seed = 3, MaxDegreeOfParallelism = 1 }, TestContext.Current.CancellationToken);
        var two = StableKMeans.Fit(points, new KMeansRequest { K = 7, Seed = 3, MaxDegreeOfParallelism = 2 }, TestContext.Current.CancellationToken);

        Assert.Equal(one.Assignments, two.Assignments);
        Assert.Equal(one.Inertia, two.Inertia);
        Assert.Equal(one.Centroids.SelectMany(c => c), two.Centroids.SelectMany(c => c));
    }

    [Fact]
    public void A_warm_start_from_its_own_centroids_keeps_every_assignment()
    {
        var (points, _) = Planted(5, 60, seed: 3);
        var cold = StableKMeans.Fit(points, new KMeansRequest { K = 8, Seed = 5 }, TestContext.Current.CancellationToken);

        var warm = StableKMeans.Fit(points, new KMeansRequest { Initial = cold.Centroids }, TestContext.Current.CancellationToken);

        Assert.Equal(cold.Assignments, warm.Assignments);
        Assert.Empty(warm.Seeds);
        Assert.Null(warm.ChosenSeed);
    }

    [Fact]
    public void A_warm_start_keeps_an_emptied_cluster_where_it_was_so_its_index_keeps_its_meaning()
    {
        var (points, _) = Planted(3, 50, seed: 4);
        var far = new PlantedVectors(99).Centre();
        var centroids = StableKMeans.Fit(points, new KMeansRequest { K = 3 }, TestContext.Current.CancellationToken).Centroids.Append(far).ToArray();

        var warm = StableKMeans.Fit(points, new KMeansRequest { Initial = centroids }, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(3, warm.Assignments);
        Assert.Equal(far, warm.Centroids[3], new FloatTolerance(1e-6f));
    }

    [Fact]
    public void Restarts_on_a_sample_then_refinement_on_all_points_still_find_the_planted_clusters()
    {
        var (points, labels) = Planted(8, 400, seed: 5);

        var result = StableKMeans.Fit(points, new KMeansRequest { K = 8, SampleSize = 500 }, TestContext.Current.CancellationToken);

        Assert.True(ClusteringMetrics.NormalizedMutualInformation(labels, result.Assignments) > 0.99);
        Assert.Equal(points.Length, result.Assignments.Length);
    }

    private sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
