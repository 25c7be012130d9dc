using Bunit;
using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Analytics.Reports;
using ComplaintOps.Data.Features.Effectiveness;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Tests.Analytics;
using Microsoft.Extensions.Options;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Queue;
using ComplaintOps.Data.Features.Reports;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Reports;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components;

public sealed class ReportPageTests : ComplaintOpsBunitContext
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    private readonly FakeReportService _reports = new();
    private readonly FakeOutcomeQueries _outcomes = new();

    public ReportPageTests()
    {
        Services.AddSingleton<IReportService>(_reports);
        Services.AddSingleton<IOutcomeQueries>(_outcomes);
        Services.AddSingleton<IRootCauseActions>(new InMemoryRootCauseActions(Clock));
        Services.AddSingleton(Options.Create(new CostOptions()));
        Services.AddSingleton<MonthlyReports>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        _reports.Figures.AddRange(
        [
            new ReportFigure(ReportSections.Totals, "received", FigureUnit.Count, 2, [A, B]),
            new ReportFigure(ReportSections.Category, "CARD", FigureUnit.Count, 1, [A]),
            new ReportFigure(ReportSections.Region, "310000", FigureUnit.Count, 2, [A, B]),
            new ReportFigure(ReportSections.Timeliness, "rate", FigureUnit.Rate, 0.75m, [A, B]),
            new ReportFigure(ReportSections.Redress, "amount", FigureUnit.Money, 1234.5m, [A]),
        ]);
    }

    private IRenderedComponent<ReportPage> RenderReport() =>
        Render<ReportPage>(p => p.Add(x => x.KindSlug, "semiannual").Add(x => x.PeriodKey, "2026H1"));

    [Fact]
    public void Shows_each_figure_by_section_with_a_drill_link_and_the_exports()
    {
        UseCulture("zh-CN");
        RunAs(TestRules.Supervisor);

        var cut = RenderReport();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=figure]")));
        var region = cut.Find("[data-testid=figure][data-key='region.310000']");
        Assert.Contains("上海市", region.TextContent, StringComparison.Ordinal);
        Assert.Equal("/reports/semiannual/2026H1/drill/region.310000", region.QuerySelector("[data-testid=drill]")!.GetAttribute("href"));
        Assert.Contains("75.0%", cut.Find("[data-testid=figure][data-key='timeliness.rate']").TextContent, StringComparison.Ordinal);
        Assert.Contains("¥1,234.50", cut.Find("[data-testid=figure][data-key='redress.amount']").TextContent, StringComparison.Ordinal);
        Assert.Equal("/reports/semiannual/2026H1/export.xlsx", cut.Find("[data-testid=export-xlsx]").GetAttribute("href"));
        Assert.Equal("/reports/semiannual/2026H1/export.csv", cut.Find("[data-testid=export-csv]").GetAttribute("href"));
        Assert.Equal("none", cut.Find("[data-testid=signoff-status]").GetAttribute("data-verified"));
    }

    [Fact]
    public void Supervision_sees_the_report_without_the_sign_off_button()
    {
        RunAs(TestRules.Supervisor);
        var supervisor = RenderReport();
        supervisor.WaitForAssertion(() => Assert.NotEmpty(supervisor.FindAll("[data-testid=figure]")));
        Assert.Empty(supervisor.FindAll("[data-testid=sign-off]"));
        Assert.Empty(supervisor.FindAll("[data-testid=institution-form]"));
    }

    [Fact]
    public void Compliance_gets_the_sign_off_button_and_the_institution_figures()
    {
        RunAs(TestRules.Compliance);
        var compliance = RenderReport();
        compliance.WaitForAssertion(() => Assert.Single(compliance.FindAll("[data-testid=sign-off]")));
        Assert.Single(compliance.FindAll("[data-testid=institution-form]"));
    }

    [Fact]
    public async Task Signing_off_after_confirming_freezes_the_figures_and_hides_the_button()
    {
        UseCulture("en");
        RunAs(TestRules.Compliance);
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderReport();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=sign-off]")));

        var clicked = cut.Find("[data-testid=sign-off]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Freeze the figures of 2026H1", dialogs.Markup, StringComparison.Ordinal));
        Assert.Null(_reports.Snapshot);
        await dialogs.FindAll("button").Single(b => b.TextContent.Contains("Freeze and sign off", StringComparison.Ordinal)).ClickAsync(new());
        await clicked;

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=signoff-status]").GetAttribute("data-verified")));
        Assert.NotNull(_reports.Snapshot);
        Assert.Empty(cut.FindAll("[data-testid=sign-off]"));
        Assert.Contains("钱明", cut.Find("[data-testid=signoff-status]").TextContent, StringComparison.Ordinal);

        // A later run differs: the signed figures stay, the difference is listed.
        _reports.Figures[0] = new ReportFigure(ReportSections.Totals, "received", FigureUnit.Count, 3, [A, B, Guid.Parse("00000000-0000-0000-0000-00000000000c")]);
        var again = RenderReport();
        again.WaitForAssertion(() => Assert.Single(again.FindAll("[data-testid=report-change]")));
        Assert.Contains(">2<", again.Find("[data-testid=figure][data-key='totals.received']").InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_drill_page_lists_the_complaints_behind_a_figure()
    {
        UseCulture("en");
        RunAs(TestRules.Supervisor);
        _reports.DrillRows.Add(new QueueRow(A, "CP20260302-AAAA", "Annual fee charged twice", ComplaintStatus.Closed, "CARDS", "刘敏", "CARD", ComplaintOps.Data.Domain.Reference.Severity.Medium,
            Channel.Phone, CustomerTier.Standard, Now, null, null, null));

        var cut = Render<ReportDrillPage>(p => p.Add(x => x.KindSlug, "semiannual").Add(x => x.PeriodKey, "2026H1").Add(x => x.FigureKey, "category.CARD"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=drill-row]")));
        Assert.Equal(A.ToString(), cut.Find("[data-testid=drill-row]").GetAttribute("data-id"));
        Assert.Contains("Cards", cut.Find("[data-testid=drill-title]").TextContent, StringComparison.Ordinal);
        Assert.Contains("1 complaints", cut.Find("[data-testid=drill-count]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reports_page_warns_when_the_semi_annual_report_is_due_and_unsigned()
    {
        UseCulture("en");
        RunAs(TestRules.Compliance);

        var cut = Render<ReportsPage>();

        cut.WaitForAssertion(() => Assert.Equal("due", cut.Find("[data-testid=report-due-banner]").GetAttribute("data-state")));
        Assert.Contains("2026-07-30", cut.Find("[data-testid=report-due-banner]").TextContent, StringComparison.Ordinal);
        Assert.Equal(4, cut.FindAll("[data-testid=report-period]").Count);
    }

    [Fact]
    public void The_monthly_report_shows_department_kpis_that_drill_down()
    {
        UseCulture("en");
        RunAs(TestRules.Manager);
        _outcomes.Outcomes.AddRange(EffectivenessCalculatorTests.FixedSet());

        var cut = Render<MonthlyReportPage>(p => p.Add(x => x.Month, "2026-03"));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=figure]")));
        var cards = cut.Find("[data-testid=figure][data-key='department.CARDS.received']");
        Assert.Contains("Card Center · received", cards.TextContent, StringComparison.Ordinal);
        Assert.Equal("/reports/monthly/2026-03/drill/department.CARDS.received", cards.QuerySelector("[data-testid=drill]")!.GetAttribute("href"));
        Assert.Equal("3", cut.Find("[data-testid=figure][data-key='totals.received'] [data-testid=drill]").TextContent.Trim());   // D is April's
    }
}
