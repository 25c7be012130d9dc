using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Case-library full-text search through the real <see cref="ICaseLibraryQueries.SearchAsync"/> (fresh context each call):
/// <c>count</c> cases promoted from closed demo complaints (bilingual, templated texts: common words are very common,
/// the hard case for an inverted index), then a fixed set of everyday handler queries, round by round, each timed.
/// Prints matches per query (did it find anything?) and p50/p95 per query and overall.
/// </summary>
public static class CaseLibraryTextSearch
{
    private const int BatchSize = 500;
    private const int WarmupRounds = 2;
    private const int ComplaintsPerSeed = 4000;

    private static readonly Actor Promoter = new("S002", "孙丽华", StaffRole.Supervisor);

    private static readonly string[] Queries =
    [
        "征信逾期记录", "年费被扣", "白金卡", "手机银行登录失败", "理财产品净值下跌", "提前还款违约金", "信用卡被盗刷", "账户被冻结",
        "误导销售", "refund fee", "card blocked", "mortgage interest rate", "mobile app login",
    ];

    public static async Task RunAsync(DatabaseProvider provider, int count, int rounds)
    {
        Console.WriteLine($"case-library text search: {provider}, {count:N0} cases, {Queries.Length} queries × {rounds} timed rounds after {WarmupRounds} warm-up rounds, page of 20");
        await using var db = await BenchmarkDatabase.CreateAsync(provider);
        var written = await FillAsync(db, count);

        var queries = db.Services.GetRequiredService<ICaseLibraryQueries>();
        var timings = Queries.Select(_ => new List<double>(rounds)).ToArray();
        var totals = new int[Queries.Length];
        for (var round = -WarmupRounds; round < rounds; round++)
        {
            for (var i = 0; i < Queries.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var result = await queries.SearchAsync(new CaseSearchQuery(Queries[i]), CancellationToken.None);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                totals[i] = result.Total;
                if (round >= 0)
                {
                    timings[i].Add(ms);
                }
            }
        }

        Console.WriteLine($"  {"query",-24} {"matches",8} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        for (var i = 0; i < Queries.Length; i++)
        {
            var p = new Percentiles(timings[i]);
            Console.WriteLine($"  {Queries[i],-24} {totals[i],8:N0} {p.P50,8:0.0} {p.P95,8:0.0} {p.Max,8:0.0}");
        }

        var overall = new Percentiles(timings.SelectMany(t => t));
        Console.WriteLine($"machine: {MachineLoad.Describe()}");
        Console.WriteLine($"overall: p50 {overall.P50:0.0} ms, p95 {overall.P95:0.0} ms, max {overall.Max:0.0} ms over {overall.Count} searches; {totals.Count(t => t > 0)} of {Queries.Length} queries found cases");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "case-search", provider = provider.ToString(), count = written, rounds, p50_ms = Math.Round(overall.P50, 2),
            p95_ms = Math.Round(overall.P95, 2), queries_with_hits = totals.Count(t => t > 0), queries = Queries.Length,
        }));
    }

    /// <summary>
    /// Streams demo data sets of <see cref="ComplaintsPerSeed"/> complaints (one seed each) and writes the closed ones with a
    /// root cause, each with its case through <see cref="CaseLibraryCommands.Add"/> (the write path of a promotion, index
    /// terms included), in batches. Small data sets span a few months only: a longer one can cross the Spring Festival,
    /// where the demo generator's review request sometimes falls outside the 30-day window and throws; such a data set
    /// ends there (its complaints so far are kept) and the next seed continues.
    /// </summary>
    private static async Task<int> FillAsync(BenchmarkDatabase db, int count)
    {
        var factory = db.Services.GetRequiredService<IDbContextFactory<ComplaintOpsDbContext>>();
        var calendar = new BusinessCalendar(BusinessCalendar.ChinaTimeZone, ShippedCalendars.LoadAll(CalendarRegion.China));
        var now = DateTimeOffset.UtcNow;
        var batch = new List<Complaint>(BatchSize);
        var written = 0;
        var started = Stopwatch.StartNew();
        for (var seed = ComplaintFill.Seed; written < count; seed++)
        {
            try
            {
                foreach (var complaint in DemoDataGenerator.Generate(ComplaintsPerSeed, seed, now, calendar, BenchmarkSeal.Seal))
                {
                    if (complaint.Status == ComplaintStatus.Closed && complaint.RootCause is not null && complaint.Measures is not null)
                    {
                        batch.Add(complaint);
                        if (batch.Count == Math.Min(BatchSize, count - written))
                        {
                            written += await WriteAsync(factory, batch, now);
                            if (written == count)
                            {
                                break;
                            }
                        }
                    }
                }
            }
            catch (DomainException ex)
            {
                Console.WriteLine($"  demo seed {seed} stopped early: {ex.Message}");
            }
        }

        Console.WriteLine($"fill: {written:N0} closed complaints, each promoted to a case with its index terms, in {started.Elapsed.TotalSeconds:0.0} s ({written / started.Elapsed.TotalSeconds:N0}/s)");
        return written;
    }

    private static async Task<int> WriteAsync(IDbContextFactory<ComplaintOpsDbContext> factory, List<Complaint> batch, DateTimeOffset now)
    {
        await using var context = await factory.CreateDbContextAsync();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var complaint in batch)
        {
            complaint.ClearDomainEvents();
            context.Complaints.Add(complaint);
            CaseLibraryCommands.Add(context, LibraryCase.Promote(complaint, Promotion(complaint), Promoter, now), vector: null);
        }

        await context.SaveChangesAsync();
        var n = batch.Count;
        batch.Clear();
        return n;
    }

    private static CasePromotion Promotion(Complaint complaint) => new()
    {
        ComplaintId = complaint.Id,
        Title = complaint.Subject,
        Summary = complaint.Description,
        RootCause = complaint.RootCause!,
        Resolution = complaint.Measures!,
        Lessons = complaint.Language == "zh" ? "复盘流程并培训一线员工" : "Review the process and train the front line",
    };
}
