using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Analytics.CaseLibrary;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// "Similar cases" over a large case library: N random unit vectors of the embedder's size in the in-memory index (12
/// categories, 30 topics), then Q searches for the top 5 near a planted case — unfiltered, by category, by topic.
/// Target: p95 ≤ 50 ms at 1,000,000 cases.
/// </summary>
public static class SimilarCaseSearch
{
    public static void Run(int count, int queries, int dimensions)
    {
        var random = new Random(20261123);
        var index = new SimilarCaseIndex(dimensions);
        index.Reserve(count);
        var vector = new float[dimensions];
        var planted = new List<(Guid Id, float[] Vector)>();
        var fill = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            Unit(random, vector);
            var id = Guid.NewGuid();
            index.Upsert(id, $"C{i % 12}", new TopicKey(1 + (i % 30)), vector);
            if (i % (count / 50 + 1) == 0)
            {
                planted.Add((id, (float[])vector.Clone()));
            }
        }

        var filled = fill.Elapsed;
        var found = 0;
        var all = Measure(queries, q => Search(index, planted[Math.Max(0, q) % planted.Count], random, null, null, ref found, q >= 0));
        var byCategory = Measure(queries, q => Search(index, planted[Math.Max(0, q) % planted.Count], random, "C3", null, ref found, false));
        var byCluster = Measure(queries, q => Search(index, planted[Math.Max(0, q) % planted.Count], random, null, new TopicKey(7), ref found, false));
        Console.WriteLine($"similar cases: {count:N0} cases × {dimensions} dims (filled in {filled.TotalSeconds:N1} s), {queries} searches each, top 5, {Environment.ProcessorCount} cores");
        Console.WriteLine($"  unfiltered:   p50 {all.P50:N1} ms, p95 {all.P95:N1} ms, max {all.Max:N1} ms (target ≤ 50 ms: {(all.P95 <= 50 ? "MET" : "NOT MET")})");
        Console.WriteLine($"  one category: p50 {byCategory.P50:N1} ms, p95 {byCategory.P95:N1} ms");
        Console.WriteLine($"  one cluster:  p50 {byCluster.P50:N1} ms, p95 {byCluster.P95:N1} ms");
        Console.WriteLine($"  planted case ranked first in {found} of {queries} unfiltered searches");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "similar-cases", count, dimensions, queries, p50_ms = Math.Round(all.P50, 2), p95_ms = Math.Round(all.P95, 2),
            category_p95_ms = Math.Round(byCategory.P95, 2), cluster_p95_ms = Math.Round(byCluster.P95, 2), target_met = all.P95 <= 50,
        }));
    }

    private static Percentiles Measure(int queries, Action<int> search)
    {
        search(-1);   // warm-up, not counted
        var times = new List<double>(queries);
        for (var q = 0; q < queries; q++)
        {
            var start = Stopwatch.GetTimestamp();
            search(q);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return new Percentiles(times);
    }

    private static void Search(SimilarCaseIndex index, (Guid Id, float[] Vector) target, Random random, string? category, TopicKey? topic, ref int found, bool count)
    {
        var query = (float[])target.Vector.Clone();
        for (var d = 0; d < query.Length; d++)
        {
            query[d] += (float)(random.NextDouble() - 0.5) * 0.02f;
        }

        var hits = index.Search(query, 5, category, topic);
        if (count && hits.Count > 0 && hits[0].CaseId == target.Id)
        {
            found++;
        }
    }

    private static void Unit(Random random, float[] vector)
    {
        double norm = 0;
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] = (float)(random.NextDouble() * 2 - 1);
            norm += vector[d] * vector[d];
        }

        var scale = (float)(1 / Math.Sqrt(norm));
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] *= scale;
        }
    }
}
