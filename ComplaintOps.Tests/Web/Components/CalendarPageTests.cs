using Bunit;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Features.Calendar;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Calendar;
using ComplaintOps.Web.Components.Shared;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components;

public sealed class CalendarPageTests : ComplaintOpsBunitContext
{
    [Fact]
    public void Lists_the_exception_days_of_the_current_year_with_localized_kind()
    {
        UseCulture("zh-CN");
        Calendar.Days[new DateOnly(2026, 10, 1)] = new CalendarDay(new DateOnly(2026, 10, 1), CalendarDayKind.Holiday, "国庆节");
        Calendar.Days[new DateOnly(2026, 9, 27)] = new CalendarDay(new DateOnly(2026, 9, 27), CalendarDayKind.MakeupWorkday, "国庆节调休");
        Calendar.Days[new DateOnly(2025, 10, 1)] = new CalendarDay(new DateOnly(2025, 10, 1), CalendarDayKind.Holiday, "国庆节");

        var cut = Render<CalendarPage>();

        var rows = cut.FindAll("[data-testid=calendar-day]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("调休工作日", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("星期日", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("节假日", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(12, cut.FindAll("[data-testid=month-grid]").Count);
        Assert.Single(cut.FindAll(".month-cell.holiday"));
        Assert.Single(cut.FindAll(".month-cell.makeup"));
    }

    [Fact]
    public void Without_the_calendar_permission_there_is_nothing_to_edit()
    {
        RunAs(TestRules.Supervisor);
        Calendar.Days[new DateOnly(2026, 10, 1)] = new CalendarDay(new DateOnly(2026, 10, 1), CalendarDayKind.Holiday, "National Day");

        var cut = Render<CalendarPage>();

        Assert.Single(cut.FindAll("[data-testid=calendar-day]"));
        Assert.Empty(cut.FindAll("[data-testid=calendar-editor]"));
        Assert.Empty(cut.FindAll("[data-testid=calendar-save]"));
        Assert.Empty(cut.FindAll("[data-testid=calendar-day] button"));
    }

    [Fact]
    public async Task Removing_a_day_first_says_how_many_running_clocks_it_recomputes_and_changes_nothing_until_confirmed()
    {
        RunAs(TestRules.Compliance);
        Calendar.AffectedClocks = 17;
        Calendar.Days[new DateOnly(2026, 10, 1)] = new CalendarDay(new DateOnly(2026, 10, 1), CalendarDayKind.Holiday, "National Day");
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<CalendarPage>();

        var clicked = cut.Find("[data-testid=calendar-day] button[aria-label=Delete]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("recomputes 17 running clocks", dialogs.Markup, StringComparison.Ordinal));
        Assert.Single(Calendar.Days);
        await dialogs.FindAll("button").Single(b => b.TextContent.Contains("Confirm", StringComparison.Ordinal)).ClickAsync(new());
        await clicked;
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=calendar-day]")));
        Assert.Empty(Calendar.Days);
    }

    [Fact]
    public async Task A_cancelled_removal_keeps_the_day()
    {
        RunAs(TestRules.Compliance);
        Calendar.Days[new DateOnly(2026, 10, 1)] = new CalendarDay(new DateOnly(2026, 10, 1), CalendarDayKind.Holiday, "National Day");
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<CalendarPage>();

        var clicked = cut.Find("[data-testid=calendar-day] button[aria-label=Delete]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("running clocks", dialogs.Markup, StringComparison.Ordinal));
        await dialogs.FindAll("button").Single(b => b.TextContent.Contains("Cancel", StringComparison.Ordinal)).ClickAsync(new());
        await clicked;

        Assert.Single(Calendar.Days);
        Assert.Single(cut.FindAll("[data-testid=calendar-day]"));
    }

    [Fact]
    public void Picking_the_UK_lists_its_bank_holidays()
    {
        Calendar.UnitedKingdomDays[new DateOnly(2026, 12, 28)] =
            new CalendarDay(new DateOnly(2026, 12, 28), CalendarDayKind.Holiday, "Boxing Day (substitute day)", CalendarRegion.UnitedKingdom);
        var cut = Render<CalendarPage>();
        Assert.Empty(cut.FindAll("[data-testid=calendar-day]"));

        cut.InvokeAsync(() => cut.FindComponents<MudSelect<CalendarRegion>>().Single().Instance.ValueChanged.InvokeAsync(CalendarRegion.UnitedKingdom));

        cut.WaitForAssertion(() => Assert.Contains("Boxing Day", Assert.Single(cut.FindAll("[data-testid=calendar-day]")).TextContent, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "The Mainland China calendar ends on 2026-12-31 (32 days left): enter the 2027 holidays")]
    [InlineData("zh-CN", "中国内地日历只到 2026-12-31（剩余 32 天）：请录入 2027 年的节假日")]
    public void The_coverage_warning_names_the_region_its_end_and_the_missing_year(string culture, string expected)
    {
        UseCulture(culture);
        Calendar.Coverage.Add(new CalendarCoverage(CalendarRegion.China, new DateOnly(2026, 12, 31), 32, Warning: true));
        Calendar.Coverage.Add(new CalendarCoverage(CalendarRegion.UnitedKingdom, new DateOnly(2027, 12, 31), 397, Warning: false));

        var cut = Render<CalendarCoverageAlert>();

        var alert = Assert.Single(cut.FindAll("[data-testid=calendar-coverage-warning]"));
        Assert.Contains(expected, alert.TextContent, StringComparison.Ordinal);
    }
}
