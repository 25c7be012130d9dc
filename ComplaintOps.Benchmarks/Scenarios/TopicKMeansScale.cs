using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Analytics.Evaluation;
using ComplaintOps.Analytics.Topics;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// StableKMeans at scale: N unit vectors of D dimensions drawn around P planted directions (cosine ≈ 0.7 to their
/// centre, like sentence embeddings of one problem), a cold fit with k clusters and seeded restarts, then a warm refit
/// from its own centroids (the nightly retrain). Targets: ≤ 10 minutes and ≤ 4 GB peak working set at 1,000,000 × 384.
/// </summary>
public static class TopicKMeansScale
{
    public static void Run(int count, int dimensions, int k, int restarts, int planted)
    {
        Console.WriteLine($"topic k-means: {count:N0} × {dimensions} unit vectors around {planted} planted directions, k = {k}, {restarts} restarts; {MachineLoad.Describe()}");
        var watch = Stopwatch.StartNew();
        var (points, labels) = Generate(count, dimensions, planted, 20261130);
        var generated = watch.Elapsed;
        Console.WriteLine($"  generated in {generated.TotalSeconds:N1} s; working set {Process.GetCurrentProcess().WorkingSet64 / 1e9:N2} GB");

        watch.Restart();
        var cold = StableKMeans.Fit(points, new KMeansRequest { K = k, Restarts = restarts, Seed = 42 });
        var coldTime = watch.Elapsed;
        Console.WriteLine($"  cold fit: {coldTime.TotalSeconds:N1} s, {cold.Iterations} iterations (restarts on a {Math.Min(count, new KMeansRequest().SampleSize):N0} sample, then all points), inertia {cold.Inertia:N0}, seeds [{string.Join(", ", cold.Seeds)}] chose {cold.ChosenSeed}");

        watch.Restart();
        var warm = StableKMeans.Fit(points, new KMeansRequest { Initial = cold.Centroids });
        var warmTime = watch.Elapsed;
        var same = cold.Assignments.Where((a, i) => warm.Assignments[i] == a).Count();
        Console.WriteLine($"  warm refit from its own centroids: {warmTime.TotalSeconds:N1} s, {warm.Iterations} iterations, {same / (double)count:P2} keep their cluster");

        var nmi = ClusteringMetrics.NormalizedMutualInformation(labels, cold.Assignments);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e9;
        var total = coldTime + warmTime;
        Console.WriteLine($"  NMI against the planted directions {nmi:N3}; peak working set {peak:N2} GB (target ≤ 4 GB: {(peak <= 4 ? "MET" : "NOT MET")}); cold + warm {total.TotalMinutes:N1} min (target ≤ 10 min: {(total.TotalMinutes <= 10 ? "MET" : "NOT MET")})");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "topic-kmeans", count, dimensions, k, restarts, cold_s = Math.Round(coldTime.TotalSeconds, 1), cold_iterations = cold.Iterations,
            warm_s = Math.Round(warmTime.TotalSeconds, 1), warm_iterations = warm.Iterations, nmi = Math.Round(nmi, 3), peak_gb = Math.Round(peak, 2),
            time_target_met = total.TotalMinutes <= 10, memory_target_met = peak <= 4,
        }));
    }

    // Per-chunk generators with fixed seeds: the data are the same whatever the thread count.
    private static (float[][] Points, int[] Labels) Generate(int count, int dimensions, int planted, int seed)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, planted).Select(_ => Unit(random, dimensions, null, 0)).ToArray();
        var points = new float[count][];
        var labels = new int[count];
        const int Chunk = 10_000;
        Parallel.For(0, (count + Chunk - 1) / Chunk, chunk =>
        {
            var local = new Random(seed + 1 + chunk);
            for (var i = chunk * Chunk; i < Math.Min(count, (chunk + 1) * Chunk); i++)
            {
                labels[i] = local.Next(planted);
                points[i] = Unit(local, dimensions, centres[labels[i]], 0.05f);
            }
        });
        return (points, labels);
    }

    private static float[] Unit(Random random, int dimensions, float[]? centre, float noise)
    {
        var v = new float[dimensions];
        double norm = 0;
        for (var d = 0; d < dimensions; d++)
        {
            var gaussian = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
            v[d] = centre is null ? gaussian : centre[d] + noise * gaussian;
            norm += v[d] * v[d];
        }

        var scale = (float)(1 / Math.Sqrt(norm));
        for (var d = 0; d < dimensions; d++) v[d] *= scale;
        return v;
    }
}
