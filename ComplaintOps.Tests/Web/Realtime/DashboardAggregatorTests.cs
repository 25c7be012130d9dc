using System.Text.Json;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Clusters;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Realtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintOps.Tests.Web.Realtime;

public sealed class DashboardAggregatorTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(TestRules.Local(2026, 3, 2, 9));
    private ServiceProvider _services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DashboardAggregator Aggregator => _services.GetRequiredService<DashboardAggregator>();

    private IComplaintCommands Commands => _services.GetRequiredService<IComplaintCommands>();

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        _services = await TestServices.StartAsync(_database, _clock, s => s
            .AddSingleton<Microsoft.Extensions.Hosting.IHostApplicationLifetime, Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>()
            .AddRealtime(new ConfigurationBuilder().Build()));
        await _services.GetRequiredService<IDashboardEventBus>().SubscribeAsync(Aggregator.AcceptAsync, Ct);
        await Aggregator.ReconcileAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task After_a_burst_of_random_transitions_the_live_snapshot_equals_a_fresh_database_computation()
    {
        var random = new Random(7);
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(random.Next(1, 90)));
            var vip = random.Next(5) == 0;
            ids.Add((await Commands.RegisterAsync(ComplaintBuilder.Sample() with { CustomerTier = vip ? CustomerTier.Vip : CustomerTier.Standard },
                TestRules.Agent, null, Ct)).Id);
        }

        await Aggregator.FlushAsync(Ct);
        var applied = 0;
        for (var step = 0; step < 320; step++)   // ends mid-batch: the last 20 changes wait for the final flush
        {
            _clock.Advance(TimeSpan.FromMinutes(random.Next(1, 240)));
            var id = ids[random.Next(ids.Count)];
            var detail = (await _services.GetRequiredService<IComplaintQueries>().GetAsync(id, TestRules.Supervisor, Ct))!;
            // Mostly forward; now and then a complaint leaves the process.
            var leaving = new[] { ComplaintTrigger.Withdraw, ComplaintTrigger.Reject, ComplaintTrigger.Merge };
            var choices = detail.PermittedTriggers.Where(t => random.Next(12) == 0 || !leaving.Contains(t)).ToList();
            if (choices.Count == 0)
            {
                continue;
            }

            var trigger = choices[random.Next(choices.Count)];
            try
            {
                var action = ComplaintBuilder.Valid(trigger) with
                {
                    Category = Categories.All[random.Next(Categories.All.Count)].Code,
                    Severity = (Severity)random.Next(4),
                };
                await Commands.ApplyAsync(id, detail.Version, action, ComplaintBuilder.ActorFor(trigger), Ct);
                applied++;
            }
            catch (DomainException)
            {
                // e.g. resume without a pause: refused, nothing written, nothing published
            }

            if (step % 50 == 49)
            {
                await Aggregator.FlushAsync(Ct);   // flushes land between bursts, as the driver loop does
            }
        }

        await Aggregator.FlushAsync(Ct);
        var live = Aggregator.Current;
        var fresh = await _services.GetRequiredService<IDashboardQueries>().ComputeSnapshotAsync(_clock.GetUtcNow(), Ct);

        Assert.True(applied > 150, $"only {applied} transitions applied");
        Assert.True(live.Stages.Count > 3, $"only {live.Stages.Count} stage groups");
        Assert.Equal(JsonSerializer.Serialize(fresh), JsonSerializer.Serialize(live));
    }

    [Fact]
    public async Task Counters_follow_registrations_and_closures_and_clocks_cross_into_at_risk_and_breached_as_time_passes()
    {
        var id = (await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id;
        await Aggregator.FlushAsync(Ct);
        Assert.Equal(1, Aggregator.Current.OpenTotal);
        Assert.Equal(1, Aggregator.Current.Today.Received);
        Assert.Equal(ComplaintEvent.RegisteredKind, Aggregator.Current.Feed[0].Kind);

        _clock.SetUtcNow(TestRules.Local(2026, 3, 2, 21));   // acknowledge (due 23:59:59 today) is now at risk
        var alerts = await Aggregator.TickAsync();
        Assert.Contains(alerts, a => a.ComplaintId == id && a.Kind == ClockKind.Acknowledge && a.State == ClockState.AtRisk);

        _clock.SetUtcNow(TestRules.Local(2026, 3, 3, 1));
        alerts = await Aggregator.TickAsync();
        Assert.Contains(alerts, a => a.Kind == ClockKind.Acknowledge && a.State == ClockState.Breached);
        Assert.Equal(1, Aggregator.Current.Sla.Single(r => r.Kind == ClockKind.Acknowledge).Breached);
        Assert.Empty(await Aggregator.TickAsync());   // no crossing, no alert

        var version = 1;
        foreach (var (action, actor) in ComplaintBuilder.PathTo(ComplaintStatus.Closed))
        {
            version = await Commands.ApplyAsync(id, version, action, actor, Ct);
        }

        await Aggregator.FlushAsync(Ct);
        Assert.Equal(0, Aggregator.Current.OpenTotal);
        Assert.Equal(1, Aggregator.Current.Today.Closed);
        Assert.Equal(1, Aggregator.Current.Today.Satisfied);
        Assert.Equal(0, Aggregator.Current.Sla.Sum(r => r.Breached));
    }

    [Fact]
    public async Task A_complaint_assigned_to_a_cluster_after_its_change_is_re_read_on_refresh_without_a_feed_entry()
    {
        var id = (await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id;
        await Aggregator.FlushAsync(Ct);
        var feed = Aggregator.Current.Feed.Count;
        Assert.Null(await Aggregator.FlushAsync(Ct));   // nothing pending

        await _services.GetRequiredService<IClusterStore>().SaveAsync([KeyValuePair.Create(id, 3)], "v9", Ct);
        Aggregator.Refresh([id]);
        Assert.True(Aggregator.HasRefresh);
        var snapshot = await Aggregator.FlushAsync(Ct);

        Assert.NotNull(snapshot);
        Assert.False(Aggregator.HasRefresh);
        Assert.Equal(feed, snapshot.Feed.Count);
        var facts = Assert.Single(await _services.GetRequiredService<IDashboardQueries>().LoadFactsAsync([id], Ct));
        Assert.Equal("v9:3", facts.TopicKey);
        Assert.False(Aggregator.TakeReconcileRequest());
        Aggregator.RequestReconcile();
        Assert.True(Aggregator.TakeReconcileRequest());
        Assert.False(Aggregator.TakeReconcileRequest());
    }

    [Fact]
    public async Task Subscribers_receive_the_same_snapshot_object_and_stop_after_dispose()
    {
        var received = new List<DashboardSnapshot>();
        var subscription = Aggregator.Subscribe(s =>
        {
            received.Add(s);
            return Task.CompletedTask;
        });

        await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct);
        await Aggregator.FlushAsync(Ct);
        subscription.Dispose();
        await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct);
        await Aggregator.FlushAsync(Ct);

        Assert.Same(Aggregator.Current, Aggregator.Current);
        var only = Assert.Single(received);
        Assert.Equal(1, only.OpenTotal);
        Assert.Equal(2, Aggregator.Current.OpenTotal);
    }
}
