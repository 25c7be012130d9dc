using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Embedding one new short English complaint, as the after-commit path does: demo complaints (subject + description,
/// personal data masked) that the routing rule sends to the sentence model, one call each on the one-thread session.
/// Also: model load, batch throughput, whether concurrent calls give the same vectors as sequential ones, working set.
/// Target: p95 ≤ 20 ms.
/// </summary>
public static class EmbedLatency
{
    public static void Run(int count)
    {
        var calendar = new BusinessCalendar(BusinessCalendar.ChinaTimeZone, ShippedCalendars.LoadAll(CalendarRegion.China));
        var texts = DemoDataGenerator.Generate(count * 4, 20261129, DateTimeOffset.UtcNow, calendar, BenchmarkSeal.Seal)
            .Select(c => ComplaintTextForModels.Of(c.Subject, c.Description, c.CustomerName))
            .Where(t => TopicSpaces.Of(t) == TopicSpace.EnglishShort)
            .Take(count).ToList();
        var embedder = SentenceEmbedder.Shared;
        var watch = Stopwatch.StartNew();
        embedder.Embed("warm up: load the one-thread session");
        var load = watch.Elapsed;

        var latencies = new List<double>(texts.Count);
        var sequential = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            sequential[i] = embedder.Embed(texts[i]);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var one = new Percentiles(latencies);
        var concurrent = new float[texts.Count][];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = embedder.Embed(texts[i]));
        var mismatches = Enumerable.Range(0, texts.Count).Count(i => !sequential[i].SequenceEqual(concurrent[i]));

        watch.Restart();
        var batch = embedder.Embed(texts, CancellationToken.None);
        var batchSeconds = watch.Elapsed.TotalSeconds;
        var batchDrift = Enumerable.Range(0, texts.Count).Max(i => 1 - Dot(batch[i], sequential[i]));
        var words = texts.Select(TopicSpaces.WordCount).Order().ToList();

        Console.WriteLine($"embed one short complaint: {embedder.Name}, {texts.Count} demo complaints routed EnglishShort ({words[0]}–{words[^1]} words, median {words[words.Count / 2]}), {MachineLoad.Describe()}");
        Console.WriteLine($"  load + first call: {load.TotalMilliseconds:N0} ms");
        Console.WriteLine($"  one call each, one thread: p50 {one.P50:N1} ms, p95 {one.P95:N1} ms, max {one.Max:N1} ms (target p95 ≤ 20 ms: {(one.P95 <= 20 ? "MET" : "NOT MET")})");
        Console.WriteLine($"  8 threads on the shared instance: {mismatches} of {texts.Count} vectors differ from the sequential ones");
        Console.WriteLine($"  batch (default threading, sorted by length): {texts.Count / batchSeconds:N0} texts/s; largest 1 − cos against single calls {batchDrift:E1}");
        Console.WriteLine($"  working set {Environment.WorkingSet / 1048576:N0} MB, peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MB");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "embed-latency", count = texts.Count, p50_ms = Math.Round(one.P50, 2), p95_ms = Math.Round(one.P95, 2), max_ms = Math.Round(one.Max, 2),
            concurrent_mismatches = mismatches, batch_per_s = Math.Round(texts.Count / batchSeconds), target_met = one.P95 <= 20,
        }));
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
