using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Queue;
using ComplaintOps.Data.Persistence.Providers;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Time to serve one queue page through the real <see cref="IQueueQueries.ListAsync"/> (count + page, fresh context each)
/// over a Complaints table of <c>count</c> realistic rows, for a set of everyday queue views. The queries take turns
/// round by round, so machine noise spreads over all of them. Target: p95 ≤ 50 ms.
/// </summary>
public static class QueueQueryLatency
{
    // The supervision team's view: every department's open complaints (the widest queue).
    private static readonly Actor Viewer = new("S001", "赵建国", StaffRole.Supervisor);

    public const double TargetMs = 50;
    private const int WarmupRounds = 3;

    private static readonly (string Name, QueueQuery Query)[] Views =
    [
        ("due-soonest, first page", new QueueQuery()),
        ("department CARDS", new QueueQuery { Department = "CARDS" }),
        ("clock state breached", new QueueQuery { ClockState = ClockState.Breached }),
        ("category CARD + severity High", new QueueQuery { Category = "CARD", Severity = Severity.High }),
        ("VIP only", new QueueQuery { VipOnly = true }),
        ("deep page (skip 5,000)", new QueueQuery { Skip = 5000 }),
    ];

    public static async Task RunAsync(DatabaseProvider provider, int count, int repetitions)
    {
        Console.WriteLine($"queue query latency: {provider}, {count:N0} complaints, {repetitions} timed rounds after {WarmupRounds} warm-up rounds, page of 50");
        await using var db = await BenchmarkDatabase.CreateAsync(provider);
        var fill = await ComplaintFill.FillAsync(db, count, CancellationToken.None);
        Console.WriteLine($"fill: {fill.Written:N0} complaints in {fill.Elapsed.TotalSeconds:0.0} s ({fill.RowsPerSecond:N0}/s; of that, insert " +
            $"{fill.Inserting.TotalSeconds:0.0} s overlapped with generation, index rebuild{(provider == DatabaseProvider.Postgres ? " + VACUUM ANALYZE" : "")} " +
            $"{fill.Indexing.TotalSeconds:0.0} s); open {fill.Open:N0} ({fill.OpenShare:P1})");

        var queue = db.Services.GetRequiredService<IQueueQueries>();
        var timings = Views.Select(_ => new List<double>(repetitions)).ToArray();
        var totals = new int[Views.Length];
        for (var round = -WarmupRounds; round < repetitions; round++)
        {
            for (var i = 0; i < Views.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var page = await queue.ListAsync(Views[i].Query, Viewer, CancellationToken.None);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                totals[i] = page.Total;
                if (round >= 0)
                {
                    timings[i].Add(ms);
                }
            }
        }

        Console.WriteLine($"  {"query",-32} {"matches",9} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        var perQuery = new List<object>();
        for (var i = 0; i < Views.Length; i++)
        {
            var p = new Percentiles(timings[i]);
            Console.WriteLine($"  {Views[i].Name,-32} {totals[i],9:N0} {p.P50,8:0.0} {p.P95,8:0.0} {p.Max,8:0.0}  {(p.P95 <= TargetMs ? "" : "over")}");
            perQuery.Add(new { name = Views[i].Name, matches = totals[i], p50_ms = Math.Round(p.P50, 2), p95_ms = Math.Round(p.P95, 2) });
        }

        var overall = new Percentiles(timings.SelectMany(t => t));
        var over = timings.Count(t => new Percentiles(t).P95 > TargetMs);
        Console.WriteLine($"machine: {MachineLoad.Describe()}");
        Console.WriteLine($"overall: p50 {overall.P50:0.0} ms, p95 {overall.P95:0.0} ms, max {overall.Max:0.0} ms over {overall.Count} queries");
        Console.WriteLine($"target: p95 <= {TargetMs} ms {(overall.P95 <= TargetMs ? "MET" : "NOT MET")} overall; {Views.Length - over} of {Views.Length} query views within it");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "queue-query",
            provider = provider.ToString(),
            count = fill.Written,
            open = fill.Open,
            fill_s = Math.Round(fill.Elapsed.TotalSeconds, 1),
            repetitions,
            p50_ms = Math.Round(overall.P50, 2),
            p95_ms = Math.Round(overall.P95, 2),
            target_met = overall.P95 <= TargetMs,
            queries = perQuery,
        }));
    }
}
