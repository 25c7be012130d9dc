using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Features.Calendar;
using ComplaintOps.Tests.TestInfrastructure;
using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Layout;
using ComplaintOps.Web.Components.Pages.Dashboard;
using ComplaintOps.Web.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using static ComplaintOps.Tests.TestInfrastructure.Builders.DashboardSnapshotBuilder;

namespace ComplaintOps.Tests.Web.Components;

public sealed class DashboardPageTests : ComplaintOpsBunitContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task Warns_when_a_calendar_is_about_to_run_out()
    {
        Calendar.Coverage.Add(new CalendarCoverage(CalendarRegion.China, new DateOnly(2026, 12, 31), 32, Warning: true));
        await Aggregator.ReconcileAsync(Ct);

        var cut = Render<DashboardPage>();

        Assert.Equal("China", cut.Find("[data-testid=calendar-coverage-warning]").GetAttribute("data-region"));
    }

    [Fact]
    public async Task Shows_the_current_snapshot_and_re_renders_when_a_new_one_is_published()
    {
        DashboardQueries.Add(Facts("CP-OLD", registeredAgo: TimeSpan.FromDays(3)));
        DashboardQueries.Feed.Add(Feed("CP-OLD", ago: TimeSpan.FromDays(3)));
        await Aggregator.ReconcileAsync(Ct);

        var cut = Render<DashboardPage>();

        Assert.Equal("1", cut.Find("[data-testid=kpi-open-total]").TextContent);
        Assert.Equal("0", cut.Find("[data-testid=kpi-received-today]").TextContent);
        Assert.Equal(["CP-OLD"], cut.FindAll("[data-testid=feed-item]").Select(e => e.GetAttribute("data-reference")));

        var fresh = Facts("CP-NEW", ComplaintStatus.Registered, department: null, registeredAgo: TimeSpan.FromMinutes(1));
        DashboardQueries.Add(fresh);
        await Aggregator.AcceptAsync(new DashboardChange(fresh.Id, "CP-NEW", ComplaintEvent.RegisteredKind, null, ComplaintStatus.Registered, null,
            "王芳", Now.AddMinutes(-1)));
        await Aggregator.FlushAsync(Ct);

        cut.WaitForAssertion(() =>
        {
            Assert.Equal(["CP-NEW", "CP-OLD"], cut.FindAll("[data-testid=feed-item]").Select(e => e.GetAttribute("data-reference")));
            Assert.Equal("2", cut.Find("[data-testid=kpi-open-total]").TextContent);
            Assert.Equal("1", cut.Find("[data-testid=kpi-received-today]").TextContent);
        });
        Assert.Contains("Wang Fang", cut.Find("[data-testid=feed-item][data-reference=CP-NEW]").TextContent);   // staff name in the UI language
    }

    [Fact]
    public async Task A_snapshot_published_from_a_thread_in_another_culture_still_renders_in_the_circuits_language()
    {
        UseCulture("zh-CN");
        var cut = Render<DashboardPage>();
        var fresh = Facts("CP-ZH", ComplaintStatus.Registered, department: null);
        DashboardQueries.Add(fresh);

        await Task.Run(async () =>
        {
            UseCulture("en");   // as the aggregator's background service
            await Aggregator.AcceptAsync(new DashboardChange(fresh.Id, "CP-ZH", ComplaintEvent.RegisteredKind, null, ComplaintStatus.Registered, null,
                "王芳", Now));
            await Aggregator.FlushAsync(Ct);
        }, Ct);

        cut.WaitForAssertion(() => Assert.Contains("登记", cut.Find("[data-testid=feed-item][data-reference=CP-ZH]").TextContent));
        Assert.DoesNotContain("Registered", cut.Find("[data-testid=feed-item][data-reference=CP-ZH]").TextContent, StringComparison.Ordinal);
        Assert.Contains("今日受理", cut.Markup);
    }

    [Fact]
    public void Unsubscribes_when_disposed()
    {
        var cut = Render<DashboardPage>();
        Assert.Equal(1, Aggregator.SubscriberCount);

        cut.Instance.Dispose();

        Assert.Equal(0, Aggregator.SubscriberCount);
    }

    [Fact]
    public void Wall_mode_hides_the_app_chrome_and_marks_the_page()
    {
        Navigation.NavigateTo("/?wall=1");

        var cut = Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b =>
        {
            b.OpenComponent<DashboardPage>(0);
            b.CloseComponent();
        })));

        Assert.Equal("true", cut.Find("[data-testid=dashboard]").GetAttribute("data-wall"));
        Assert.NotNull(cut.Find("[data-testid=wall-layout]"));
        Assert.Empty(cut.FindAll(".mud-drawer"));
        Assert.Empty(cut.FindAll(".mud-appbar"));
        Assert.Empty(cut.FindAll("nav, .mud-navmenu"));
    }

    [Fact]
    public void Outside_wall_mode_the_layout_has_its_nav_and_the_page_is_not_marked()
    {
        RunAs(TestRules.Supervisor);
        var cut = Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b =>
        {
            b.OpenComponent<DashboardPage>(0);
            b.CloseComponent();
        })));

        Assert.Equal("false", cut.Find("[data-testid=dashboard]").GetAttribute("data-wall"));
        Assert.NotEmpty(cut.FindAll(".mud-navmenu"));
        Assert.Contains("/queue", cut.FindAll(".mud-navmenu a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/sla", cut.FindAll(".mud-navmenu a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_toggle_enters_wall_mode_and_panels_rotate_every_15_seconds()
    {
        var cut = Render<DashboardPage>();

        await cut.Find("[data-testid=wall-toggle]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=dashboard]").GetAttribute("data-wall")));
        Assert.EndsWith("/?wall=1", Navigation.Uri, StringComparison.Ordinal);
        Assert.Contains("wall-active", cut.Find("[data-testid=wall-page-0]").ClassList);
        Assert.Contains("wall-hidden", cut.Find("[data-testid=wall-page-1]").ClassList);
        Assert.NotNull(cut.Find("[data-testid=kpi-received-today]"));   // KPIs stay on screen on every page

        Clock.Advance(DashboardPage.RotateEvery);

        cut.WaitForAssertion(() => Assert.Contains("wall-active", cut.Find("[data-testid=wall-page-1]").ClassList));
        Assert.Contains("wall-hidden", cut.Find("[data-testid=wall-page-0]").ClassList);
    }
}
