using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Topics;
using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Analytics.Clustering;
using ComplaintOps.Analytics.Evaluation;
using ComplaintOps.Analytics.Text;
using ComplaintOps.Analytics.Topics;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Topic identity across a retrain on real text: the Chinese reviews in ../shared/data (TF-IDF/LSA vectors from the
/// production Chinese featurizer, character 1–3-grams), shuffled with a seed; a cold training on the first rows, then a
/// warm retrain on the same rows plus 5 % more; the share of the first rows whose topic id is unchanged (target ≥ 90 %).
/// For contrast: a cold retrain with another seed whose clusters get their ids by lineage (member overlap) alone.
/// </summary>
public static class TopicStability
{
    public static void Run(string? csv, int k, int seeds)
    {
        csv ??= DefaultCsv();
        var data = LabeledTextsReader.Read(csv, "text", "category", null);
        Console.WriteLine($"topic stability: {Path.GetFileName(csv)}, {data.Texts.Count:N0} rows, k = {k}, {seeds} shuffles; {MachineLoad.Describe()}");
        var runs = new List<(double Warm, double Cold, double Nmi, int Born, int Died)>();
        for (var s = 0; s < seeds; s++)
        {
            runs.Add(Once(data, k, seed: 1000 + s));
        }

        var warm = runs.Select(r => r.Warm).ToList();
        var cold = runs.Select(r => r.Cold).ToList();
        Console.WriteLine($"  kept their topic id, warm retrain: mean {warm.Average():P1}, min {warm.Min():P1} (target ≥ 90 %: {(warm.Min() >= 0.9 ? "MET" : "NOT MET")}); cold retrain + lineage: mean {cold.Average():P1}, min {cold.Min():P1}");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "topic-stability", rows = data.Texts.Count, k, seeds, warm_mean = Math.Round(warm.Average(), 4), warm_min = Math.Round(warm.Min(), 4),
            cold_lineage_mean = Math.Round(cold.Average(), 4), nmi_mean = Math.Round(runs.Average(r => r.Nmi), 3), target_met = warm.Min() >= 0.9,
        }));
    }

    private static (double Warm, double Cold, double Nmi, int Born, int Died) Once(LabeledTexts data, int k, int seed)
    {
        var order = Enumerable.Range(0, data.Texts.Count).ToArray();
        new Random(seed).Shuffle(order);
        var first = (int)Math.Round(order.Length / 1.05);
        var watch = Stopwatch.StartNew();
        var texts = order.Take(first).Select(i => data.Texts[i]).ToList();
        var model = SpaceFeaturizers.Fit(TopicSpace.Chinese, texts, seed, SentenceEmbedder.Shared, CancellationToken.None);
        var points = order.Select(i => new TopicPoint(Guid.NewGuid(), model.Embed(data.Texts[i]))).ToList();
        var embedded = watch.Elapsed;
        var nextId = 1;
        var options = new RetrainOptions { K = k, Seed = seed };

        watch.Restart();
        var initial = TopicRetrainer.Retrain([], points.Take(first).ToList(), options, () => nextId++);
        var coldTime = watch.Elapsed;
        watch.Restart();
        var retrained = TopicRetrainer.Retrain(initial.AsPrevious(), points, options, () => nextId++);
        var warmTime = watch.Elapsed;
        var scratchId = -1;   // ids of the contrast run are thrown away; lineage gives its clusters their real ones
        var again = TopicRetrainer.Retrain([], points, options with { Seed = seed + 1 }, () => scratchId--);
        var carried = TopicLineage.Carry(initial.AsPrevious(), Clusters(again), options.Lineage, () => nextId++);

        var before = initial.Points.ToDictionary(p => p.Id, p => p.TopicId);
        var warmKept = Kept(before, retrained.Points.Select(p => (p.Id, p.TopicId)));
        var idOf = carried.Clusters.ToDictionary(c => again.Topics[c.Index].Id, c => c.ReportedTopicId);
        var coldKept = Kept(before, again.Points.Select(p => (p.Id, p.TopicId is { } t ? idOf[t] : (int?)null)));
        var labels = order.Take(first).Select(i => data.Labels[i]).ToList();
        var nmi = ClusteringMetrics.NormalizedMutualInformation(labels, initial.Points.Select(p => p.TopicId ?? -1).ToList());
        var born = retrained.Events.Count(e => e.Kind is LineageEventKind.Born or LineageEventKind.Split);
        var died = retrained.Events.Count(e => e.Kind is LineageEventKind.Died or LineageEventKind.Merged);
        var unassigned = initial.Points.Count(p => p.TopicId is null);
        Console.WriteLine($"  seed {seed}: {first:N0} + {points.Count - first:N0} rows, LSA {model.Dimensions} dims (embedded in {embedded.TotalSeconds:N1} s); cold {initial.Topics.Count} topics in {coldTime.TotalSeconds:N1} s (NMI {nmi:N3}, {unassigned} unassigned); warm retrain {warmTime.TotalSeconds:N1} s, {born} born, {died} died/merged; kept id: warm {warmKept:P1}, cold + lineage {coldKept:P1}");
        return (warmKept, coldKept, nmi, born, died);
    }

    private static List<NextCluster> Clusters(RetrainResult result)
    {
        var members = result.Points.Where(p => p.CentroidTopicId is not null).ToLookup(p => p.CentroidTopicId!.Value, p => p.Id);
        return result.Topics.Select((t, i) => new NextCluster(i, t.Centroid, t.Size, [.. members[t.Id]])).ToList();
    }

    // Share of the first training's complaints with the same topic id now (unassigned both times counts as kept).
    private static double Kept(Dictionary<Guid, int?> before, IEnumerable<(Guid Id, int? TopicId)> after) =>
        after.Count(p => before.TryGetValue(p.Id, out var id) && id == p.TopicId) / (double)before.Count;

    private static string DefaultCsv()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplaintOps.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.Parent?.FullName ?? ".", "shared", "data", "zh-shopping", "zh_shopping_positive_10k.csv");
    }
}
