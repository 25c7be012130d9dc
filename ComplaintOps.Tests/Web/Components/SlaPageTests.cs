using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Sla;
using static ComplaintOps.Tests.TestInfrastructure.Builders.DashboardSnapshotBuilder;

namespace ComplaintOps.Tests.Web.Components;

public sealed class SlaPageTests : ComplaintOpsBunitContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Counts_at_risk_and_breached_by_department_and_stage_with_drill_down_links_and_reads_the_trend_once()
    {
        DashboardQueries.Add(Facts("CP-B1", ComplaintStatus.Investigating, "CARDS", resolveDueIn: TimeSpan.FromHours(-3)));
        DashboardQueries.Add(Facts("CP-B2", ComplaintStatus.Investigating, "CARDS", resolveDueIn: TimeSpan.FromHours(-1)));
        DashboardQueries.Add(Facts("CP-R1", ComplaintStatus.UnderReview, "CARDS", registeredAgo: TimeSpan.FromDays(10), resolveDueIn: TimeSpan.FromDays(1)));
        DashboardQueries.Add(Facts("CP-OK", ComplaintStatus.Investigating, "LEGAL"));
        DashboardQueries.Trend.AddRange(Enumerable.Range(0, 12).Select(i => new WeeklyRate(new DateOnly(2026, 9, 7).AddDays(7 * i), 100, 90 + (i % 5))));
        await Aggregator.ReconcileAsync(Ct);

        var cut = Render<SlaPage>();

        var cell = cut.Find("[data-testid=sla-cell][data-department=CARDS][data-kind=Resolve]");
        Assert.Equal("1", cell.QuerySelector("[data-testid=sla-at-risk]")!.TextContent);
        Assert.Equal("2", cell.QuerySelector("[data-testid=sla-breached]")!.TextContent);
        Assert.Equal("/queue?department=CARDS&clockState=Breached&clockKind=Resolve", cell.QuerySelector("[data-testid=sla-breached]")!.GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=sla-cell][data-department=LEGAL]"));   // nothing in trouble there
        Assert.Equal("2", cut.Find("[data-testid=sla-stage][data-status=Investigating] [data-testid=sla-breached]").TextContent);
        Assert.Equal("/queue?clockState=AtRisk&status=UnderReview",
            cut.Find("[data-testid=sla-stage][data-status=UnderReview] [data-testid=sla-at-risk]").GetAttribute("href"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=sla-trend] svg")));
        Assert.Equal(1, DashboardQueries.TrendCalls);

        await Aggregator.TickAsync();

        Assert.Equal(1, DashboardQueries.TrendCalls);   // live updates come from the snapshot, not from queries
    }
}
