using ComplaintOps.Tests.TestInfrastructure;
using Bunit;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Effectiveness;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Tests.Analytics;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Analytics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components;

public sealed class AnalyticsPageTests : ComplaintOpsBunitContext
{
    private readonly FakeOutcomeQueries _outcomes = new();
    private readonly InMemoryRootCauseActions _actions;

    public AnalyticsPageTests()
    {
        _actions = new InMemoryRootCauseActions(Clock);
        Services.AddSingleton<IOutcomeQueries>(_outcomes);
        Services.AddSingleton<IRootCauseActions>(_actions);
        Services.AddSingleton(Options.Create(EffectivenessCalculatorTests.Options()));
        Services.AddSingleton(Options.Create(new EffectivenessOptions { EffectWeeks = 5 }));
        Services.AddSingleton<IEffectivenessReports, EffectivenessReports>();
        _outcomes.Outcomes.AddRange(EffectivenessCalculatorTests.FixedSetInAutumn());
    }

    [Fact]
    public void The_topic_model_panel_says_when_there_is_no_model_and_asks_for_a_retraining_once()
    {
        RunAs(TestRules.Manager);
        Training.Status = new ModelTrainingStatus(false, null, null, null, "too few complaints (12 < 200)");

        var cut = Render<AnalyticsPage>();

        Assert.Contains("No model yet", cut.Find("[data-testid=model-version]").TextContent, StringComparison.Ordinal);
        Assert.Contains("too few complaints", cut.Find("[data-testid=model-error]").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=model-retrain]").Click();
        Assert.Equal(1, Training.Requests);
        Assert.NotNull(cut.Find("[data-testid=model-requested]"));
        Assert.True(cut.Find("[data-testid=model-retrain]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_topic_model_panel_shows_the_version_in_use()
    {
        Services.GetRequiredService<CurrentModels>().Publish(new ComplaintModels(7, Now, 40, TestTopicModels.TwoChineseTopics(), null, null));

        var cut = Render<AnalyticsPage>();

        var shown = cut.Find("[data-testid=model-version]").TextContent;
        Assert.Contains("v7", shown, StringComparison.Ordinal);
        Assert.Contains("40 complaints, 2 clusters", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_kpis_and_cost_by_department_per_quarter_in_chinese()
    {
        UseCulture("zh-CN");

        var cut = Render<AnalyticsPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=kpi-group]").Count));
        Assert.Contains("成本与成效", cut.Markup);
        // 2026Q4, CARDS = A + B + D: clocks met 2 + 1 + 1 = 4, on time 1 + 1 + 0 = 2; scores 5, 2; cycles 48, 120 h;
        // cost 370 + 54.5 + 22 = 446.5, ÷ 3 = 148.83
        var cardsRow = cut.Find("[data-testid=kpi-group][data-group=CARDS]").ParentElement!;
        Assert.Contains("2026Q4", cardsRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("3", cardsRow.QuerySelector("[data-testid=kpi-complaints]")!.TextContent);
        Assert.Equal("50.0%", cardsRow.QuerySelector("[data-testid=kpi-timely]")!.TextContent);
        Assert.Equal("50.0%", cardsRow.QuerySelector("[data-testid=kpi-satisfaction]")!.TextContent);
        Assert.Equal("84.0 小时", cardsRow.QuerySelector("[data-testid=kpi-mean-cycle]")!.TextContent);
        Assert.Equal("¥446.50", cardsRow.QuerySelector("[data-testid=kpi-cost]")!.TextContent);
        Assert.Equal("¥148.83", cardsRow.QuerySelector("[data-testid=kpi-cost-per]")!.TextContent);
        Assert.Contains("<svg", cut.Find("[data-testid=analytics-chart]").InnerHtml);
    }

    [Fact]
    public async Task Changing_the_dimension_regroups_and_the_cost_column_sorts()
    {
        var cut = Render<AnalyticsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=kpi-group]").Count));

        var dimension = cut.FindComponent<MudSelect<KpiDimension>>();
        await cut.InvokeAsync(() => dimension.Instance.ValueChanged.InvokeAsync(KpiDimension.Channel));
        var period = cut.FindComponent<MudSelect<KpiPeriod>>();
        await cut.InvokeAsync(() => period.Instance.ValueChanged.InvokeAsync(KpiPeriod.Whole));

        // Whole range by channel: Letter (B) 54.5, Phone (A + C) 388, Web (D) 22
        cut.WaitForAssertion(() => Assert.Equal(["Letter", "Phone", "Web"], Groups(cut)));
        var costHeader = cut.FindAll(".mud-table-sort-label").Single(h => h.TextContent.Contains("Cost", StringComparison.Ordinal) && !h.TextContent.Contains('/'));
        costHeader.Click();
        cut.WaitForAssertion(() => Assert.Equal(["Web", "Letter", "Phone"], Groups(cut)));
        cut.FindAll(".mud-table-sort-label").Single(h => h.TextContent.Contains("Cost", StringComparison.Ordinal) && !h.TextContent.Contains('/')).Click();
        cut.WaitForAssertion(() => Assert.Equal(["Phone", "Letter", "Web"], Groups(cut)));
    }

    [Fact]
    public async Task A_range_ending_before_it_starts_shows_an_error()
    {
        var cut = Render<AnalyticsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=kpi-group]").Count));

        var to = cut.FindComponents<MudDatePicker>().Single(p => p.Instance.Label == "To");
        await cut.InvokeAsync(() => to.Instance.DateChanged.InvokeAsync(new DateTime(2026, 1, 1)));

        cut.WaitForAssertion(() => Assert.Contains("must end on or after its start", cut.Find("[data-testid=analytics-error]").TextContent, StringComparison.Ordinal));
    }

    private static string[] Groups(IRenderedComponent<AnalyticsPage> cut) =>
        cut.FindAll("[data-testid=kpi-group]").Select(e => e.GetAttribute("data-group")!).ToArray();

    [Fact]
    public void Without_the_permissions_no_retraining_is_offered_and_action_items_are_not_on_this_page()
    {
        RunAs(TestRules.Auditor);
        var cut = Render<AnalyticsPage>();

        cut.WaitForElement("[data-testid=model-version]");
        Assert.Empty(cut.FindAll("[data-testid=model-retrain]"));
        Assert.Empty(cut.FindAll("[data-testid=action-form]"));
        Assert.Empty(cut.FindAll("[data-testid=root-cause-actions]"));   // the action list lives on /governance/actions now
    }
}
