using Bunit;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Calendar;

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
    public void Removing_a_day_calls_the_service_and_refreshes_the_list()
    {
        Calendar.Days[new DateOnly(2026, 10, 1)] = new CalendarDay(new DateOnly(2026, 10, 1), CalendarDayKind.Holiday, "National Day");
        var cut = Render<CalendarPage>();

        cut.Find("[data-testid=calendar-day] button[aria-label=Delete]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=calendar-day]")));
        Assert.Empty(Calendar.Days);
    }
}
