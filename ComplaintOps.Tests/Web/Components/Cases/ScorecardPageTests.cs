using Bunit;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Partners;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Partners;

namespace ComplaintOps.Tests.Web.Components.Cases;

public sealed class ScorecardPageTests : ComplaintOpsBunitContext
{
    [Fact]
    public void The_scorecard_shows_each_partners_figures_for_this_quarter_so_far()
    {
        Partners.Scores.Add(new PartnerScore("AGY-HUIXIN", "汇信催收", "Huixin Collection", PartnerKind.CollectionAgency, true,
            Complaints: 12, Open: 4, OnTimeRate: 2 / 3.0, MeanCycleHours: 50, SatisfactionRate: 0.25, RepeatRate: 1 / 12.0,
            LatestRating: new RatingView(2026, 3, 2, "配合较差", "王主管", Now.AddDays(-30))));
        Partners.Scores.Add(new PartnerScore("FUND-ANXIN", "安信基金", "Anxin Fund", PartnerKind.ProductIssuer, true, 0, 0, null, null, null, null, null));
        RunAs(StaffRole.Auditor);

        var cut = Render<ScorecardPage>();

        cut.WaitForElement("[data-testid=score-row]");
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 23)), Partners.LastPeriod);
        var row = cut.Find("[data-testid=score-row][data-code=AGY-HUIXIN]").ParentElement!;
        string Cell(string id) => row.QuerySelector($"[data-testid={id}]")!.TextContent.Trim();
        Assert.Equal(("12", "4", "66.7%", "25.0%", "8.3%"), (Cell("score-complaints"), Cell("score-open"), Cell("score-ontime"), Cell("score-satisfaction"), Cell("score-repeat")));
        Assert.Equal("2d 2h", Cell("score-cycle"));
        Assert.Equal("2 / 5 · 2026Q3", Cell("score-rating"));
        Assert.Contains("Huixin Collection", row.TextContent, StringComparison.Ordinal);
        var empty = cut.Find("[data-testid=score-row][data-code=FUND-ANXIN]").ParentElement!;
        Assert.Equal("—", empty.QuerySelector("[data-testid=score-ontime]")!.TextContent.Trim());
    }
}
