using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Dashboard;
using ComplaintOps.Web.Realtime;
using static ComplaintOps.Tests.TestInfrastructure.Builders.DashboardSnapshotBuilder;

namespace ComplaintOps.Tests.Web.Realtime;

/// <summary>
/// The live dashboard's hotspots come from the detectors beside the domain (default options: 24 h window against 28 days,
/// at least 5, 2× and z ≥ 3; batch = 5 within 2 h on a topic or product), and their start is raised once as an alert.
/// </summary>
public sealed class DashboardHotspotTests : ComplaintOpsBunitContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static readonly TopicKey Card = new(1);
    private static readonly TopicKey Fees = new(2);

    /// <summary>One complaint a day for 28 days in topic #1: steady, never a hotspot.</summary>
    private void SteadyHistory()
    {
        for (var d = 1; d <= 28; d++)
        {
            DashboardQueries.Add(Facts($"S{d:00}", registeredAgo: TimeSpan.FromDays(d) - TimeSpan.FromHours(3)) with { Topic = Card });
        }

        DashboardQueries.Topics = new DashboardTopics([new(Card, "信用卡", TopicState.Active), new(Fees, "年费重复扣收", TopicState.Active)], []);
    }

    private async Task<IReadOnlyList<Guid>> BurstAsync(TopicKey topic, string product, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var f = Facts($"B-{topic.Value}-{i}", registeredAgo: TimeSpan.FromMinutes(10 + i)) with { Topic = topic, Product = product };
            DashboardQueries.Add(f);
            await Aggregator.AcceptAsync(new DashboardChange(f.Id, f.Reference, ComplaintEvent.RegisteredKind, null, f.Status, f.Department, "王芳", f.RegisteredAtUtc));
            ids.Add(f.Id);
        }

        return ids;
    }

    [Fact]
    public async Task Steady_volume_shows_no_hotspot_and_raises_no_alert()
    {
        SteadyHistory();

        var snapshot = await Aggregator.ReconcileAsync(Ct);
        Clock.Advance(TimeSpan.FromHours(1));
        await Aggregator.TickAsync();

        Assert.Empty(snapshot.Hotspots);
        Assert.Empty(Aggregator.TakeUnsentHotspotAlerts());
    }

    [Fact]
    public async Task A_burst_becomes_a_hotspot_with_batch_warnings_and_is_alerted_once()
    {
        SteadyHistory();
        await Aggregator.ReconcileAsync(Ct);

        await BurstAsync(Fees, "白金卡", 4);
        var four = await Aggregator.FlushAsync(Ct);
        Assert.Empty(four!.Hotspots);   // 4: below the minimum count and the batch threshold
        Assert.Empty(Aggregator.TakeUnsentHotspotAlerts());

        await BurstAsync(Fees, "白金卡", 1);
        var five = await Aggregator.FlushAsync(Ct);

        var fees = Assert.Single(five!.Hotspots, h => h.Scope == HotspotScope.Topic);
        Assert.Equal((Fees, 5, true, true, 5), (fees.Subject.Topic, fees.Current, fees.Rising, fees.BatchWarning, fees.BatchCount));
        var product = Assert.Single(five.Hotspots, h => h.Scope == HotspotScope.Product);
        Assert.Equal(("白金卡", true), (product.Subject.Product, product.BatchWarning));
        var alerts = Aggregator.TakeUnsentHotspotAlerts();
        Assert.Equal([(HotspotAlertKind.Hotspot, HotspotSubject.OfTopic(Fees)), (HotspotAlertKind.Batch, HotspotSubject.OfTopic(Fees)),
                (HotspotAlertKind.Batch, HotspotSubject.OfProduct("白金卡"))],
            alerts.Select(a => (a.Kind, a.Subject)).OrderBy(a => a.Subject.Scope).ThenBy(a => a.Kind).ToArray());
        Assert.All(alerts.Where(a => a.Kind == HotspotAlertKind.Hotspot), a => Assert.Equal(TimeWindow.Ending(Now, TimeSpan.FromHours(24)), a.Window));

        await BurstAsync(Fees, "白金卡", 1);   // still hot: no new alert
        await Aggregator.FlushAsync(Ct);
        Assert.Empty(Aggregator.TakeUnsentHotspotAlerts());
        Assert.Equal(3, Aggregator.RecentHotspotAlerts.Count);
    }

    [Fact]
    public async Task The_dashboard_shows_the_hotspot_and_the_alert()
    {
        SteadyHistory();
        await Aggregator.ReconcileAsync(Ct);
        var cut = Render<DashboardPage>();

        await BurstAsync(Fees, "白金卡", 5);
        await Aggregator.FlushAsync(Ct);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=hotspot][data-subject='#2'] [data-testid=batch-warning]")));
        Assert.Contains("#2 · 年费重复扣收", cut.Find("[data-testid=hotspot][data-subject='#2']").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=hotspot][data-scope=Product][data-subject=白金卡]"));
        Assert.Contains("became a hotspot: 5 vs baseline 0", cut.Find("[data-testid=hotspot-alert][data-kind=Hotspot]").TextContent, StringComparison.Ordinal);
    }
}
