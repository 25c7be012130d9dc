using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Embedding one new short English complaint, as the after-commit path does: demo complaints (subject + description,
/// personal data masked) that the routing rule sends to the sentence model, one call each on the one-thread session; the
/// same for Banking77 queries (a sentence each), since the model's cost grows with the number of word pieces.
/// Also: model load, batch throughput, whether concurrent calls give the same vectors as sequential ones, working set.
/// Target: p95 ≤ 20 ms.
/// </summary>
public static class EmbedLatency
{
    public static void Run(int count)
    {
        var texts = DemoComplaintTexts.Generate(count * 4, 20261123)
            .Where(t => TopicSpaces.Of(t) == TopicSpace.EnglishShort)
            .Take(count).ToList();
        var embedder = SentenceEmbedder.Shared;
        var watch = Stopwatch.StartNew();
        embedder.Embed("warm up: load the one-thread session");
        var load = watch.Elapsed;

        var queries = SharedDataSets.Banking77().Texts.Take(count).ToList();
        var (queryLatency, _) = Measure(embedder, queries);
        var (latencies, sequential) = Measure(embedder, texts);
        var one = new Percentiles(latencies);
        var query = new Percentiles(queryLatency);
        var concurrent = new float[texts.Count][];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = embedder.Embed(texts[i]));
        var watch2 = Stopwatch.StartNew();
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => embedder.Embed(texts[i]));
        var parallelPerSecond = texts.Count / watch2.Elapsed.TotalSeconds;
        var mismatches = Enumerable.Range(0, texts.Count).Count(i => !sequential[i].SequenceEqual(concurrent[i]));

        watch.Restart();
        var batch = embedder.Embed(texts, CancellationToken.None);
        var batchSeconds = watch.Elapsed.TotalSeconds;
        var batchDrift = Enumerable.Range(0, texts.Count).Max(i => 1 - Dot(batch[i], sequential[i]));

        Console.WriteLine($"embed one short complaint: {embedder.Name}, {texts.Count} demo complaints routed EnglishShort (median {Median(texts)} words), {MachineLoad.Describe()}");
        Console.WriteLine($"  load + first call: {load.TotalMilliseconds:N0} ms");
        Console.WriteLine($"  one call each, one thread, demo complaints: p50 {one.P50:N1} ms, p95 {one.P95:N1} ms, max {one.Max:N1} ms (target p95 ≤ 20 ms: {(one.P95 <= 20 ? "MET" : "NOT MET")})");
        Console.WriteLine($"  one call each, one thread, {queries.Count} Banking77 queries (median {Median(queries)} words): p50 {query.P50:N1} ms, p95 {query.P95:N1} ms, max {query.Max:N1} ms");
        Console.WriteLine($"  8 threads on the shared instance: {mismatches} of {texts.Count} vectors differ from the sequential ones");
        Console.WriteLine($"  batch (default threading, sorted by length): {texts.Count / batchSeconds:N0} texts/s; largest 1 − cos against single calls {batchDrift:E1}");
        Console.WriteLine($"  single calls on {Environment.ProcessorCount} threads (one-thread session): {parallelPerSecond:N0} texts/s");
        Console.WriteLine($"  working set {Environment.WorkingSet / 1048576:N0} MB, peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MB");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "embed-latency", count = texts.Count, p50_ms = Math.Round(one.P50, 2), p95_ms = Math.Round(one.P95, 2), max_ms = Math.Round(one.Max, 2), query_p95_ms = Math.Round(query.P95, 2),
            concurrent_mismatches = mismatches, batch_per_s = Math.Round(texts.Count / batchSeconds), target_met = one.P95 <= 20,
        }));
    }

    private static (List<double> Latencies, float[][] Vectors) Measure(SentenceEmbedder embedder, List<string> texts)
    {
        var latencies = new List<double>(texts.Count);
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            vectors[i] = embedder.Embed(texts[i]);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return (latencies, vectors);
    }

    private static int Median(List<string> texts) => texts.Select(TopicSpaces.WordCount).Order().ElementAt(texts.Count / 2);

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
