using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Complaints per second through the real intake service (validation, clocks, hash-chained event, one unit of work each)
/// into SQLite, side by side with a raw ADO.NET insert of the same rows (one transaction per complaint as well).
/// Target: ≥ 2,000 complaints/s and ≥ 0.5 of the raw rate.
/// </summary>
public static class IntakeThroughput
{
    private static readonly Actor Agent = new("A001", "王芳", StaffRole.IntakeAgent);

    public static async Task RunAsync(int count, int rounds)
    {
        Console.WriteLine($"intake throughput: {count} complaints per round, {rounds} rounds, SQLite file, sequential requests");
        var service = new List<double>();
        var raw = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            service.Add(await ServiceRateAsync(count));
            raw.Add(await RawRateAsync(count));
            Console.WriteLine($"  round {round}: service {service[^1],8:N0}/s   raw ADO.NET {raw[^1],8:N0}/s");
        }

        var s = service.Max();
        var r = raw.Max();
        Console.WriteLine($"best: service {s:N0} complaints/s, raw insert {r:N0} rows-sets/s, ratio {s / r:0.00}");
        Console.WriteLine($"targets: service >= 2,000/s {(s >= 2000 ? "MET" : "NOT MET")}; ratio >= 0.50 {(s / r >= 0.5 ? "MET" : "NOT MET")}");
        Console.WriteLine(JsonSerializer.Serialize(new { scenario = "intake", count, rounds, service_per_s = Math.Round(s), raw_per_s = Math.Round(r), ratio = Math.Round(s / r, 3) }));
    }

    private static async Task<double> ServiceRateAsync(int count)
    {
        await using var db = await BenchmarkDatabase.CreateAsync();
        var commands = db.Services.GetRequiredService<IComplaintCommands>();
        var inputs = Inputs(count).ToList();
        await commands.RegisterAsync(inputs[0], Agent, null, CancellationToken.None);   // warm-up: caches, JIT, connection
        var watch = Stopwatch.StartNew();
        foreach (var input in inputs.Skip(1))
        {
            await commands.RegisterAsync(input, Agent, null, CancellationToken.None);
        }

        watch.Stop();
        await Verify(db, count);
        return (count - 1) / watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> RawRateAsync(int count)
    {
        await using var db = await BenchmarkDatabase.CreateAsync();
        var rules = new HandlingRules(SlaPolicies.Bank2012, new BusinessCalendar(BusinessCalendar.ChinaTimeZone, ShippedCalendars.LoadAll(CalendarRegion.China)), AuthorizationTiers.Default,
            BenchmarkSeal.Seal);
        var now = DateTimeOffset.UtcNow;
        // The same aggregates the service would write, built up front so only the insert is timed.
        var complaints = Inputs(count).Select(i => Complaint.Register(i, Agent, now, rules)).ToList();
        await using var context = await db.Services.GetRequiredService<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync();
        using var writer = new RawSqliteWriter(db.ConnectionString, RawSqliteWriter.ModelOf(context), [typeof(Complaint), typeof(ComplaintEvent), typeof(ComplaintClock)]);
        writer.Insert(Rows(complaints[0]));
        var watch = Stopwatch.StartNew();
        foreach (var complaint in complaints.Skip(1))
        {
            writer.Insert(Rows(complaint));
        }

        watch.Stop();
        await Verify(db, count);
        return (count - 1) / watch.Elapsed.TotalSeconds;
    }

    private static IEnumerable<object> Rows(Complaint c) => [c, .. c.Events, .. c.Clocks];

    private static async Task Verify(BenchmarkDatabase db, int count)
    {
        await using var context = await db.Services.GetRequiredService<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync();
        var complaints = await context.Complaints.CountAsync();
        var events = await context.ComplaintEvents.CountAsync();
        var clocks = await context.ComplaintClocks.CountAsync();
        if (complaints != count || events != count || clocks != count * 3)
        {
            throw new InvalidOperationException($"Expected {count} complaints, {count} events, {count * 3} clocks; found {complaints}, {events}, {clocks}.");
        }
    }

    private static IEnumerable<NewComplaint> Inputs(int count)
    {
        var random = new Random(42);
        var channels = Enum.GetValues<Channel>().Where(c => c != Channel.Regulator).ToArray();
        for (var i = 0; i < count; i++)
        {
            var zh = i % 10 < 7;
            yield return new NewComplaint
            {
                Channel = channels[random.Next(channels.Length)],
                Subject = zh ? $"信用卡年费被重复扣收 第{i}号" : $"Annual card fee charged twice #{i}",
                Description = zh ? $"本月账单显示年费扣了两次，共计{random.Next(100, 2000)}元，要求退还并说明原因。" : $"My statement shows the annual fee twice, {random.Next(100, 2000)} CNY in total. Please refund.",
                CustomerName = zh ? "张三" : "John Smith",
                CustomerPhone = $"138{random.Next(10_000_000, 99_999_999)}",
                CustomerTier = i % 20 == 0 ? CustomerTier.Vip : CustomerTier.Standard,
                Language = zh ? "zh" : "en",
            };
        }
    }
}
