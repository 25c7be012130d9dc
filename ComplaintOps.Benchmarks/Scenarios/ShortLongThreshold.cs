using System.Globalization;
using ComplaintOps.Analytics.Evaluation;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Where English stops being "short": (1) word counts of Banking77, CFPB narratives and demo complaints; (2) CFPB
/// narratives cut to their first N words, clustered by the sentence model and by word LSA; (3) the routing rule on whole
/// CFPB narratives with different limits (0 = all LSA), i.e. what the chosen limit does to a set of mixed lengths.
/// </summary>
public static class ShortLongThreshold
{
    public static void Run(int seeds)
    {
        var cfpb = SharedDataSets.Cfpb();
        var k = cfpb.Labels.Distinct().Count();
        var seedList = Enumerable.Range(42, seeds).ToArray();
        var embedder = new RememberingEmbedder(SentenceEmbedder.Shared);
        var demo = DemoComplaintTexts.Generate(2000, 20261123)
            .Where(t => TopicSpaces.Of(t) != TopicSpace.Chinese).ToList();
        Console.WriteLine($"short or long English: {seeds} seeds, CFPB k = {k}, {MachineLoad.Describe()}");
        Console.WriteLine("  words (p5 / p25 / p50 / p75 / p95):");
        Console.WriteLine($"    banking77 {Spread(SharedDataSets.Banking77().Texts)}");
        Console.WriteLine($"    cfpb      {Spread(cfpb.Texts)}");
        Console.WriteLine($"    demo (en) {Spread(demo)}");

        Console.WriteLine("  CFPB cut to the first N words: NMI sentence model | word LSA");
        foreach (var words in new[] { 25, 50, 100, 200, 0 })
        {
            var cut = cfpb.Texts.Select(t => words == 0 ? t : string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(words))).ToList();
            var minilm = ClusteringEvaluation.Run(cut, cfpb.Labels, k, EvaluatedRepresentation.MiniLm, seedList, embedder, CancellationToken.None);
            var lsa = ClusteringEvaluation.Run(cut, cfpb.Labels, k, EvaluatedRepresentation.Lsa, seedList, embedder, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    N = {(words == 0 ? "all" : words.ToString(CultureInfo.InvariantCulture)),4}: {minilm.NmiMean:F3} ± {minilm.NmiSd:F3} | {lsa.NmiMean:F3} ± {lsa.NmiSd:F3}   (featurize {minilm.FeaturizeSeconds:F0} s | {lsa.FeaturizeSeconds:F0} s)"));
        }

        Console.WriteLine("  whole CFPB narratives routed with limit L (two spaces, k shared): NMI, share routed short");
        foreach (var limit in new[] { 0, 30, 40, 60, 80, 100, 120, 150, 200 })
        {
            var r = ClusteringEvaluation.Run(cfpb.Texts, cfpb.Labels, k, EvaluatedRepresentation.Auto, seedList, embedder, CancellationToken.None, limit);
            var shortShare = (double)r.Spaces.GetValueOrDefault(TopicSpace.EnglishShort) / cfpb.Texts.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    L = {limit,3}: NMI {r.NmiMean:F3} ± {r.NmiSd:F3}, ARI {r.AriMean:F3} ± {r.AriSd:F3}, short {shortShare:P0}"));
        }
    }

    private static string Spread(IReadOnlyList<string> texts)
    {
        var words = texts.Select(TopicSpaces.WordCount).Order().ToArray();
        int At(double q) => words[Math.Min(words.Length - 1, (int)(q * words.Length))];
        return $"{At(0.05)} / {At(0.25)} / {At(0.5)} / {At(0.75)} / {At(0.95)}";
    }
}
