using System.Globalization;
using System.Text.Json;
using ComplaintOps.Analytics.Evaluation;
using ComplaintOps.Analytics.Representation;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Topic quality on the real labelled sets in ../shared/data (k = number of labels), NMI and ARI as mean ± sample standard
/// deviation over seeds: the routing rule (auto) against word TF-IDF/LSA for every text (the pipeline before issue #10).
/// Targets (mean): Banking77 NMI ≥ 0.75, CFPB ≥ 0.28, Chinese reviews ≥ 0.52.
/// </summary>
public static class ClusteringQuality
{
    private static readonly (string Name, Func<LabeledTexts> Read, double Target)[] Sets =
    [
        ("banking77", SharedDataSets.Banking77, 0.75),
        ("cfpb", SharedDataSets.Cfpb, 0.28),
        ("zh-shopping", SharedDataSets.ZhShopping, 0.52),
    ];

    public static void Run(int seeds, string? only)
    {
        Console.WriteLine($"clustering quality: {seeds} seeds (42…), k = number of labels, {MachineLoad.Describe()}");
        foreach (var (name, read, target) in Sets.Where(s => only is null || s.Name == only))
        {
            var data = read();
            var k = data.Labels.Distinct().Count();
            foreach (var representation in new[] { EvaluatedRepresentation.Auto, EvaluatedRepresentation.Lsa })
            {
                var started = DateTime.UtcNow;
                var r = ClusteringEvaluation.Run(data.Texts, data.Labels, k, representation, [.. Enumerable.Range(42, seeds)], SentenceEmbedder.Shared, CancellationToken.None);
                var seconds = (DateTime.UtcNow - started).TotalSeconds;
                var spaces = string.Join(", ", r.Spaces.Select(p => $"{p.Key} {p.Value}"));
                var verdict = representation == EvaluatedRepresentation.Auto ? $" (target ≥ {target:N2}: {(r.NmiMean >= target ? "MET" : "NOT MET")})" : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name,-12} {representation,-5} n={data.Texts.Count,6} k={k,3}  NMI {r.NmiMean:F3} ± {r.NmiSd:F3}  ARI {r.AriMean:F3} ± {r.AriSd:F3}  {seconds,6:F1} s  [{spaces}]{verdict}"));
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    scenario = "clustering-quality", set = name, representation = representation.ToString(), n = data.Texts.Count, k, seeds,
                    nmi = Math.Round(r.NmiMean, 4), nmi_sd = Math.Round(r.NmiSd, 4), ari = Math.Round(r.AriMean, 4), ari_sd = Math.Round(r.AriSd, 4),
                    seconds = Math.Round(seconds, 1),
                }));
            }
        }
    }
}
