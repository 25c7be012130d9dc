using ComplaintOps.Data;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Hosting.Scheduling;
using ComplaintOps.Web.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplaintOps.Tests.Web.Notices;

/// <summary>
/// Two instances of the app's delivery (data layer, senders, the Quartz scheduler with the clustered store) on one
/// PostgreSQL database and one SMTP server: every notice reaches the customer once.
/// </summary>
public sealed class ClusteredDispatchTests : IAsyncLifetime
{
    private const int Notices = 24;

    private readonly PostgresTestDatabase _database = new();
    private readonly TestSmtpServer _smtp = TestSmtpServer.Start();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_clustered_instances_send_each_notice_exactly_once()
    {
        using var first = Instance("node-a");
        using var second = Instance("node-b");
        await first.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(Ct);
        var ids = await WriteNoticesAsync();

        await Task.WhenAll(first.StartAsync(Ct), second.StartAsync(Ct));
        var all = await WaitUntilSentAsync(ids, TimeSpan.FromSeconds(60));
        await Task.WhenAll(first.StopAsync(Ct), second.StopAsync(Ct));

        Assert.All(all, n => Assert.Equal((NoticeStatus.Sent, 1), (n.Status, n.Attempts)));
        Assert.Equal(ids.Select(id => $"{id:N}@bank.example").Order(), Ours(ids).Order());   // each of ours exactly once
        Assert.Equal(2, await SchedulerNodesAsync());   // both instances joined the one cluster
    }

    [Fact]
    public async Task Two_dispatchers_running_at_once_claim_each_notice_once()
    {
        using var first = Instance("node-a", scheduling: false);
        using var second = Instance("node-b", scheduling: false);
        await first.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(Ct);
        var ids = await WriteNoticesAsync();
        var now = DateTimeOffset.UtcNow;

        var sent = await Task.WhenAll(
            first.Services.GetRequiredService<NoticeDispatcher>().DispatchAsync(now, Ct),
            second.Services.GetRequiredService<NoticeDispatcher>().DispatchAsync(now, Ct));

        Assert.Equal(Notices, sent.Sum());
        Assert.Equal(ids.Select(id => $"{id:N}@bank.example").Order(), Ours(ids).Order());
        Assert.All(await ReadAsync(ids), n => Assert.Equal((NoticeStatus.Sent, 1), (n.Status, n.Attempts)));
    }

    /// <summary>
    /// The Message-IDs of this test's notices among those accepted: the server's port is picked free and then bound, so
    /// under a loaded parallel run another test's message could reach it; only ours are counted, each must appear once.
    /// </summary>
    private List<string> Ours(List<Guid> ids)
    {
        var expected = ids.Select(id => $"{id:N}@bank.example").ToHashSet();
        return [.. _smtp.Accepted.Select(m => m.MessageId ?? "").Where(expected.Contains)];
    }

    private IHost Instance(string name, bool scheduling = true)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", ApplicationName = name });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = _database.ConnectionString,
            ["Audit:HistoryKey"] = TestRules.HistoryKey,
            ["PersonalData:LookupKey"] = TestRules.LookupKey,
            ["Notices:DispatchSeconds"] = "1",
            ["Notices:BatchSize"] = scheduling ? "5" : "100",   // unscheduled: both read all of them, the most contention
            ["Scheduling:Enabled"] = scheduling ? "true" : "false",
            ["Scheduling:CheckinSeconds"] = "2",
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TestRules.DataProtection);
        builder.Services.AddComplaintOpsData(builder.Configuration);
        TestDelivery.Add(builder.Services, _smtp.Port);
        builder.Services.AddComplaintOpsScheduling(builder.Configuration);
        return builder.Build();
    }

    private async Task<List<Guid>> WriteNoticesAsync()
    {
        await using var db = TestServices.OpenContext(_database);
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);   // all due by the time anyone dispatches
        var notices = Enumerable.Range(1, Notices)
            .Select(i => Notice.Create(NoticeKind.Acknowledgement, NoticeChannel.Email, $"customer{i}@example.cn", "zh", $"主题 {i}", $"正文 {i}", now.AddMilliseconds(i)))
            .ToList();
        db.Notices.AddRange(notices);
        await db.SaveChangesAsync(Ct);
        return [.. notices.Select(n => n.Id)];
    }

    private async Task<List<Notice>> ReadAsync(List<Guid> ids)
    {
        await using var db = TestServices.OpenContext(_database);
        return await db.Notices.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync(Ct);
    }

    private async Task<List<Notice>> WaitUntilSentAsync(List<Guid> ids, TimeSpan limit)
    {
        var until = DateTimeOffset.UtcNow + limit;
        while (true)
        {
            var all = await ReadAsync(ids);
            if (all.All(n => n.Status != NoticeStatus.Pending) || DateTimeOffset.UtcNow > until)
            {
                return all;
            }

            await Task.Delay(250, Ct);
        }
    }

    private async Task<long> SchedulerNodesAsync()
    {
        await using var db = TestServices.OpenContext(_database);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM qrtz_scheduler_state WHERE sched_name = '{SchedulingServices.SchedulerName}'";
        return (long)(await count.ExecuteScalarAsync(Ct))!;
    }

    public async ValueTask InitializeAsync()
    {
        PostgresTestDatabase.RequireServer();
        await _database.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }
}
