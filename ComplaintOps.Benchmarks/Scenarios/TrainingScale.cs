using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ComplaintOps.Analytics.Clustering;
using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Training over N stored complaints, split over the three spaces (<c>--mix short,long,chinese</c>, relative weights). Short
/// English is clustered from stored vectors, as after-commit embedding leaves them: real sentence vectors of the 10k
/// Banking77 texts (computed once, cached in the temp folder), resampled with small Gaussian noise and renormalised. Long
/// English (CFPB narratives) and Chinese (reviews) are real texts resampled: their featurizers are fitted and every text
/// embedded during training. k per space by silhouette, then k-means over every vector. Targets on 2 cores: ≤ 10 min, ≤ 4 GB.
/// </summary>
public static class TrainingScale
{
    private const float Noise = 0.01f;

    public static void Run(int count, string mix)
    {
        var weights = mix.Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var counts = weights.Select(w => (int)((long)count * w / weights.Sum())).ToArray();
        counts[0] += count - counts.Sum();
        var random = new Random(20261129);
        var maxK = new ModelTrainingOptions().MaxClusterCount;
        Console.WriteLine($"training scale: {count:N0} stored complaints = {counts[0]:N0} short English + {counts[1]:N0} long English + {counts[2]:N0} Chinese, {MachineLoad.Describe()}");

        var vectors = StoredShortVectors();   // before the clock: these exist already when training starts
        var total = Stopwatch.StartNew();
        var shortVectors = new float[counts[0]][];
        Parallel.For(0, counts[0], () => new Random(random.Next()), (i, _, r) =>
        {
            shortVectors[i] = Jitter(vectors[r.Next(vectors.Length)], r);
            return r;
        }, _ => { });
        Cluster("short English (stored vectors)", shortVectors, maxK);
        shortVectors = null;

        foreach (var (space, texts, n) in new[] { (TopicSpace.EnglishLong, SharedDataSets.Cfpb().Texts, counts[1]), (TopicSpace.Chinese, SharedDataSets.ZhShopping().Texts, counts[2]) })
        {
            if (n == 0) continue;
            var resampled = Enumerable.Range(0, n).Select(_ => texts[random.Next(texts.Count)]).ToArray();
            var watch = Stopwatch.StartNew();
            var featurizer = SpaceFeaturizers.Fit(space, resampled, 42, SentenceEmbedder.Shared, CancellationToken.None);
            var fitted = watch.Elapsed;
            var embedded = featurizer.Embed(resampled, CancellationToken.None);
            Console.WriteLine($"  {space}: fit {fitted.TotalSeconds:N1} s, embed {n:N0} texts {(watch.Elapsed - fitted).TotalSeconds:N1} s ({featurizer.Dimensions} dims)");
            Cluster(space.ToString(), embedded, maxK);
        }

        var seconds = total.Elapsed.TotalSeconds;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine($"  total {seconds:N0} s (target ≤ 600 s: {(seconds <= 600 ? "MET" : "NOT MET")}), peak working set {peakMb:N0} MB (target ≤ 4096 MB: {(peakMb <= 4096 ? "MET" : "NOT MET")})");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "training-scale", count, mix, seconds = Math.Round(seconds), peak_mb = Math.Round(peakMb), time_target_met = seconds <= 600, memory_target_met = peakMb <= 4096,
        }));
    }

    private static void Cluster(string what, float[][] vectors, int maxK)
    {
        if (vectors.Length == 0) return;
        var watch = Stopwatch.StartNew();
        var (k, _) = ClusterCountSelector.Choose(vectors, 2, maxK, 42, CancellationToken.None);
        var chosen = watch.Elapsed;
        var run = KMeansClusterer.Fit(vectors, k, vectors.Length > 50_000 ? 1 : 3, 42, CancellationToken.None);
        Console.WriteLine($"  {what}: {vectors.Length:N0} × {vectors[0].Length}, k = {k} by silhouette {chosen.TotalSeconds:N1} s, k-means {(watch.Elapsed - chosen).TotalSeconds:N1} s; working set {Environment.WorkingSet / 1048576:N0} MB");
        GC.KeepAlive(run);
    }

    private static float[][] StoredShortVectors()
    {
        var embedder = SentenceEmbedder.Shared;
        var cache = Path.Combine(Path.GetTempPath(), $"complaintops-banking77-{embedder.Name}.bin");
        if (File.Exists(cache))
        {
            using var reader = new BinaryReader(File.OpenRead(cache));
            var n = reader.ReadInt32();
            var d = reader.ReadInt32();
            return [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => reader.ReadSingle()).ToArray())];
        }

        var watch = Stopwatch.StartNew();
        var vectors = embedder.Embed(SharedDataSets.Banking77().Texts, CancellationToken.None);
        Console.WriteLine($"  embedded the {vectors.Length:N0} Banking77 texts once in {watch.Elapsed.TotalSeconds:N0} s (cached in {cache})");
        using var writer = new BinaryWriter(File.Create(cache));
        writer.Write(vectors.Length);
        writer.Write(embedder.Dimensions);
        foreach (var x in vectors.SelectMany(v => v)) writer.Write(x);
        return vectors;
    }

    private static float[] Jitter(float[] vector, Random random)
    {
        var result = new float[vector.Length];
        for (var j = 0; j < result.Length; j++)
        {
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            result[j] = vector[j] + (float)gaussian * Noise;
        }

        Analytics.Text.VectorMath.Normalize(result);
        return result;
    }
}
