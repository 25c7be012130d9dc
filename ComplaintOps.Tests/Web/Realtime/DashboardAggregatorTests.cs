using System.Text.Json;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Realtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Realtime;

public sealed class DashboardAggregatorTests : IntegrationTest
{
    private DashboardAggregator Aggregator => Get<DashboardAggregator>();

    private IComplaintCommands Commands => Get<IComplaintCommands>();

    protected override void ConfigureServices(IServiceCollection services) => services
        .AddSingleton<Microsoft.Extensions.Hosting.IHostApplicationLifetime, Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>()
        .AddRealtime(new ConfigurationBuilder().Build());

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Get<IDashboardEventBus>().SubscribeAsync(Aggregator.AcceptAsync, Ct);
        await Get<IDashboardEventBus>().SubscribeTopicsAsync(Aggregator.AcceptTopicsAsync, Ct);
        await Aggregator.ReconcileAsync(Ct);
    }

    /// <summary>
    /// Someone who may fire <paramref name="trigger"/> on this complaint now: holds <see cref="TriggerPermissions.For"/>, has it in
    /// scope, and the real query offers it to them. Candidates are the demo staff of every role (their role's default
    /// permissions, <see cref="RolePermissions"/>) plus the complaint's own handler and department head.
    /// </summary>
    private async Task<Actor?> ActorForAsync(ComplaintDetail seen, ComplaintTrigger trigger)
    {
        var candidates = TestActors.Roles.Select(TestActors.Of).ToList();
        if (seen.HandlerId is { } handler)
        {
            candidates.Insert(0, TestActors.Staff(handler));
        }

        if (seen.Department is { } department)
        {
            candidates.Add(TestActors.Staff($"H{department}0"));
        }

        foreach (var candidate in candidates.Where(c => c.Has(TriggerPermissions.For(trigger)) && ComplaintAccess.CanView(c, seen.Department, seen.HandlerId)))
        {
            if ((await Get<IComplaintQueries>().GetAsync(seen.Id, candidate, Ct))?.PermittedTriggers.Contains(trigger) == true)
            {
                return candidate;
            }
        }

        return null;
    }

    [Fact]
    public async Task After_a_burst_of_random_transitions_the_live_snapshot_equals_a_fresh_database_computation()
    {
        var random = new Random(7);
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(random.Next(1, 90)));
            var vip = random.Next(5) == 0;
            ids.Add((await Commands.RegisterAsync(ComplaintBuilder.Sample() with { CustomerTier = vip ? CustomerTier.Vip : CustomerTier.Standard },
                TestRules.Agent, null, Ct)).Id);
        }

        await Aggregator.FlushAsync(Ct);
        var applied = 0;
        for (var step = 0; step < 320; step++)   // ends mid-batch: the last 20 changes wait for the final flush
        {
            Clock.Advance(TimeSpan.FromMinutes(random.Next(1, 240)));
            var id = ids[random.Next(ids.Count)];
            // What the complaint's state allows (to someone holding every permission); then who among the staff may do it.
            var detail = (await Get<IComplaintQueries>().GetAsync(id, TestRules.AllPowers, Ct))!;
            // Mostly forward; now and then a complaint leaves the process.
            var leaving = new[] { ComplaintTrigger.Withdraw, ComplaintTrigger.Reject, ComplaintTrigger.Merge };
            var choices = detail.PermittedTriggers.Where(t => random.Next(12) == 0 || !leaving.Contains(t)).ToList();
            if (choices.Count == 0)
            {
                continue;
            }

            var trigger = choices[random.Next(choices.Count)];
            var actor = await ActorForAsync(detail, trigger);
            Assert.True(actor is not null, $"nobody of the demo staff may fire {trigger} on a {detail.Status} complaint of {detail.Department}");
            try
            {
                var action = ComplaintBuilder.Valid(trigger) is Classify classify
                    ? classify with { Category = Categories.All[random.Next(Categories.All.Count)].Code, Severity = (Severity)random.Next(4) }
                    : ComplaintBuilder.Valid(trigger);
                await Commands.ApplyAsync(id, detail.Version, action, actor, Ct);
                applied++;
            }
            catch (DomainException e) when (e is not ForbiddenException)
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
        var fresh = await Get<IDashboardQueries>().ComputeSnapshotAsync(Clock.GetUtcNow(), Ct);

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

        Clock.SetUtcNow(TestRules.Local(2026, 3, 2, 21));   // acknowledge (due 23:59:59 today) is now at risk
        var alerts = await Aggregator.TickAsync();
        Assert.Contains(alerts, a => a.ComplaintId == id && a.Kind == ClockKind.Acknowledge && a.State == ClockState.AtRisk);

        Clock.SetUtcNow(TestRules.Local(2026, 3, 3, 1));
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
    public async Task A_complaint_placed_in_a_topic_after_its_change_is_re_read_on_refresh_without_a_feed_entry()
    {
        // Five arrivals within the batch window: once they share a topic, that topic carries a batch warning (批量投诉).
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id);
        }

        await Aggregator.FlushAsync(Ct);
        var before = Aggregator.Current;
        Assert.Null(await Aggregator.FlushAsync(Ct));   // nothing pending
        var three = HotspotSubject.OfTopic(new TopicKey(3));
        Assert.DoesNotContain(before.Hotspots, h => h.Subject == three);

        await TestTopics.PublishAsync(Services, 1, [TestTopics.Born(3, "年费 / 扣收")], [.. TestTopics.In(3, ids)]);
        Assert.Same(before, Aggregator.Current);   // the store changed; the aggregator has only been told so (below)
        Assert.True(Aggregator.TakeReconcileRequest());   // the published version was announced on the stream after its commit
        Aggregator.Refresh(ids);
        Assert.True(Aggregator.HasRefresh);
        var snapshot = await Aggregator.FlushAsync(Ct);

        Assert.NotNull(snapshot);
        Assert.Same(snapshot, Aggregator.Current);
        Assert.False(Aggregator.HasRefresh);
        Assert.Equal(before.Feed.Count, Aggregator.Current.Feed.Count);   // a re-read, not a change: no feed entry
        Assert.Equal(before.OpenTotal, Aggregator.Current.OpenTotal);
        var topic = Assert.Single(Aggregator.Current.Hotspots, h => h.Subject == three);
        Assert.True(topic.BatchWarning);
        Assert.False(Aggregator.TakeReconcileRequest());
        Aggregator.RequestReconcile();
        Assert.True(Aggregator.TakeReconcileRequest());
        Assert.False(Aggregator.TakeReconcileRequest());
    }

    [Fact]
    public async Task A_committed_topic_decision_reaches_the_dashboard_through_the_stream_and_a_noise_topic_stops_raising_its_batch()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id);
        }

        await TestTopics.PublishAsync(Services, 1, [TestTopics.Born(3, "年费 / 扣收")], [.. TestTopics.In(3, ids)]);
        Assert.True(Aggregator.TakeReconcileRequest());   // a published version reaches the dashboard through the stream too
        await Aggregator.ReconcileAsync(Ct);
        var three = HotspotSubject.OfTopic(new TopicKey(3));
        Assert.Contains(Aggregator.Current.Hotspots, h => h.Subject == three && h.BatchWarning);
        Assert.False(Aggregator.TakeReconcileRequest());

        // The analyst's commands publish after their commit; the bus hands the change to the aggregator (no direct call).
        var seen = (await Get<ITopicQueries>().GetAsync(new TopicKey(3), TestRules.Supervisor, Ct))!.Topic.Version;
        var version = await Get<ITopicCommands>().RenameAsync(new TopicKey(3), seen, "信用卡年费重复扣收", TestRules.Supervisor, Ct);
        Assert.True(Aggregator.TakeReconcileRequest());
        await Aggregator.ReconcileAsync(Ct);
        Assert.Equal("信用卡年费重复扣收", Aggregator.Current.TopicDisplayNames[new TopicKey(3)]);

        await Get<ITopicCommands>().MarkNoiseAsync(new TopicKey(3), version, true, TestRules.Supervisor, Ct);
        Assert.True(Aggregator.TakeReconcileRequest());
        await Aggregator.ReconcileAsync(Ct);
        Assert.DoesNotContain(Aggregator.Current.Hotspots, h => h.Subject == three);
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
        var first = Aggregator.Current;
        Assert.Null(await Aggregator.FlushAsync(Ct));   // settled: nothing changed between two reads, so the same snapshot
        Assert.Same(first, Aggregator.Current);
        subscription.Dispose();
        await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct);
        await Aggregator.FlushAsync(Ct);

        var only = Assert.Single(received);
        Assert.Same(first, only);   // subscribers get the published object itself, not a copy
        Assert.NotSame(first, Aggregator.Current);   // a change replaces the snapshot (never mutates the one handed out)
        Assert.Equal(1, only.OpenTotal);
        Assert.Equal(2, Aggregator.Current.OpenTotal);
    }
}
