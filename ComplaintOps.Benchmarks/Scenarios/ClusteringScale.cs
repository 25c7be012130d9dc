using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Analytics.Clustering;
using ComplaintOps.Analytics.Models;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Topic clustering at scale, as the background training runs it: N bilingual demo complaints (subject + description,
/// personal data masked), automatic choice of k by silhouette, then single-complaint assignment latency on one thread.
/// Targets: training ≤ 60 s for 100,000 complaints on 2 cores; assigning one complaint ≤ 5 ms.
/// </summary>
public static class ClusteringScale
{
    public static void Run(int count, int assignments, int? k)
    {
        var watch = Stopwatch.StartNew();
        var texts = DemoComplaintTexts.Generate(count, 20261123);
        var generated = watch.Elapsed;

        watch.Restart();
        var options = new ModelTrainingOptions();
        var result = TopicModelTrainer.Train(texts, new TopicModelOptions { ClusterCount = k, MaxClusterCount = options.MaxClusterCount });
        var trained = watch.Elapsed;

        var model = result.Model;
        var probe = new Random(1);
        for (var i = 0; i < 200; i++)
        {
            model.Assign(texts[probe.Next(texts.Count)]);   // warm-up: JIT, engine pool
        }

        var latencies = new List<double>(assignments);
        for (var i = 0; i < assignments; i++)
        {
            var text = texts[probe.Next(texts.Count)];
            var start = Stopwatch.GetTimestamp();
            model.Assign(text);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var assign = new Percentiles(latencies);
        var sizes = model.Clusters.Select(c => c.Size).Order().ToList();
        Console.WriteLine($"clustering: {count:N0} demo complaints (generated and masked in {generated.TotalSeconds:N1} s), {Environment.ProcessorCount} cores");
        Console.WriteLine($"  training (tokenise, TF-IDF, LSA {model.Dimensions} dims, k-means{(k is null ? ", k by silhouette" : "")}): {trained.TotalSeconds:N1} s → k = {model.Clusters.Count} (target ≤ 60 s: {(trained.TotalSeconds <= 60 ? "MET" : "NOT MET")})");
        Console.WriteLine($"  cluster sizes: smallest {sizes[0]:N0}, median {sizes[sizes.Count / 2]:N0}, largest {sizes[^1]:N0}; mean quality {model.Clusters.Average(c => c.Quality):N3}");
        Console.WriteLine($"  assign one complaint ({assignments:N0} calls, one thread): p50 {assign.P50:N3} ms, p95 {assign.P95:N3} ms, max {assign.Max:N2} ms (target ≤ 5 ms: {(assign.P95 <= 5 ? "MET" : "NOT MET")})");
        foreach (var cluster in model.Clusters.OrderByDescending(c => c.Size).Take(5))
        {
            Console.WriteLine($"    #{cluster.Id} {cluster.Size,7:N0}  q={cluster.Quality:N2}  {cluster.Label}");
        }

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "clustering", count, k = model.Clusters.Count, train_s = Math.Round(trained.TotalSeconds, 1),
            assign_p50_ms = Math.Round(assign.P50, 3), assign_p95_ms = Math.Round(assign.P95, 3), train_target_met = trained.TotalSeconds <= 60, assign_target_met = assign.P95 <= 5,
        }));
    }
}
