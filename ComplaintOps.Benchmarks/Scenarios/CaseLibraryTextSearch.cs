using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.CaseLibrary;
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
    /// Fills the complaints with <see cref="ComplaintFill"/> (raw bulk insert), then promotes the closed ones with a root cause
    /// through <see cref="CaseLibraryCommands.Add"/> (the write path of a promotion, index terms included), in batches.
    /// </summary>
    private static async Task<int> FillAsync(BenchmarkDatabase db, int count)
    {
        // About a third of the demo complaints end closed with a root cause; ask for enough of them.
        var complaints = await ComplaintFill.FillAsync(db, count * 4, CancellationToken.None);
        Console.WriteLine($"complaints: {complaints.Written:N0} in {complaints.Elapsed.TotalSeconds:0.0} s");
        var promoting = Stopwatch.StartNew();
        var factory = db.Services.GetRequiredService<IDbContextFactory<ComplaintOpsDbContext>>();
        var now = DateTimeOffset.UtcNow;
        var written = 0;
        Guid? after = null;
        while (written < count)
        {
            await using var read = await factory.CreateDbContextAsync();
            var closed = read.Complaints.AsNoTracking().Where(c => c.Status == ComplaintStatus.Closed && c.RootCause != null && c.Measures != null);
            if (after is { } last)
            {
                closed = closed.Where(c => c.Id.CompareTo(last) > 0);
            }

            var page = await closed.OrderBy(c => c.Id).Take(Math.Min(BatchSize, count - written)).ToListAsync();
            if (page.Count == 0)
            {
                break;
            }

            after = page[^1].Id;
            await using var write = await factory.CreateDbContextAsync();
            write.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var complaint in page)
            {
                CaseLibraryCommands.Add(write, LibraryCase.Promote(complaint, Promotion(complaint), Promoter, now), vector: null);
            }

            await write.SaveChangesAsync();
            written += page.Count;
        }

        Console.WriteLine($"promotion (cases with their index terms): {written:N0} in {promoting.Elapsed.TotalSeconds:0.0} s ({written / promoting.Elapsed.TotalSeconds:N0} cases/s)");
        return written;
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
