using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Analytics.Reports;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Features.Governance;

namespace ComplaintOps.Tests.Analytics;

/// <summary>The monthly operations report on the four fixed complaints of <see cref="EffectivenessCalculatorTests"/> (March: A, B, C; D is April's).</summary>
public sealed class MonthlyOperationsReportTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void Department_kpis_sla_and_cost_come_from_the_shared_definitions_with_their_complaints()
    {
        var march = EffectivenessCalculatorTests.FixedSet().Take(3).ToList();
        var actions = new[]
        {
            new RootCauseActionDto(Guid.NewGuid(), RootCauseTarget.OfCategory("CARD"), "修复批处理", "S-CARDS-1", "刘敏", "CARDS", new DateOnly(2026, 4, 1), RootCauseActionStatus.Done,
                DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1),
        };
        var costs = new CostModel(EffectivenessCalculatorTests.Options());

        var figures = MonthlyOperationsReport.Build(march, actions, costs, Shanghai).ToDictionary(f => f.Key);

        Assert.Equal(3, figures["totals.received"].Value);
        Assert.Equal(2, figures["department.CARDS.received"].Value);
        Assert.Equal(2, figures["department.CARDS.closed"].Value);
        Assert.Equal(0.6667m, figures["department.CARDS.timely"].Value);   // A: 1 of 2 on time, B: 1 of 1
        Assert.Equal(0.5m, figures["department.CARDS.satisfaction"].Value);    // A scored 5, B 2
        Assert.Equal(1, figures["department.LOANS.received"].Value);
        Assert.Equal((3m, 2m), (figures["sla.clocksMet"].Value, figures["sla.clocksOnTime"].Value));
        Assert.Equal(march.Sum(o => costs.Price(o).Total), figures["department.CARDS.cost"].Value + figures["department.LOANS.cost"].Value);
        Assert.Equal(200m, figures["cost.compensation"].Value);   // B's ¥500 was never authorized
        Assert.Equal([march[0].Id], figures["cost.compensation"].Ids);
        Assert.Equal(1, figures["actions.Done"].Value);
        Assert.Equal(0, figures["actions.Open"].Value);
    }
}
