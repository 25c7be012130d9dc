using Bunit;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Governance;
using Microsoft.AspNetCore.Components.Web;

namespace ComplaintOps.Tests.Web.Components.Governance;

public sealed class PresentPageTests : ComplaintOpsBunitContext
{
    [Fact]
    public async Task Keys_page_one_item_per_screen_with_its_chart_and_live_figures()
    {
        RunAs(StaffRole.Manager);
        Meetings.Facts = GovernanceFacts.November;
        var id = await Meetings.CreateAsync(new NewMeeting("十一月联席会议", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Now, ["M001"]), TestRules.Manager,
            CancellationToken.None);
        var items = (await Meetings.GetAsync(id, TestRules.Manager, CancellationToken.None))!.Items;
        Meetings.Live[items[1].Id] = new LiveFigures(items[1].Id, 9, 4);

        var cut = Render<PresentPage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.Equal("1 / 3", cut.Find("[data-testid=present-position]").TextContent));
        string Heading() => cut.Find("[data-testid=present-heading]").TextContent;
        void Press(string key) => cut.Find("[data-testid=present]").KeyDown(new KeyboardEventArgs { Key = key });

        Assert.Equal("1. Batch warning · #7 · 年费重复扣收", Heading());
        Assert.NotNull(cut.Find("[data-testid=svg-chart] svg"));
        Assert.Empty(cut.FindAll("[data-testid=present-live]"));

        Press("ArrowRight");
        Assert.Equal(("2 / 3", "2. Breached time limits · Consumer Lending"), (cut.Find("[data-testid=present-position]").TextContent, Heading()));
        Assert.Equal("9", cut.Find("[data-testid=present-live] .present-value").TextContent);
        Press("PageDown");
        Assert.Equal("3. Appeals · Card Center", Heading());
        Press("ArrowDown");   // past the end: stays
        Assert.Equal("3 / 3", cut.Find("[data-testid=present-position]").TextContent);
        Press("PageUp");
        Assert.Equal("2 / 3", cut.Find("[data-testid=present-position]").TextContent);
        Press("Home");
        Assert.Equal("1 / 3", cut.Find("[data-testid=present-position]").TextContent);
        Press("ArrowLeft");   // before the start: stays
        Assert.Equal("1 / 3", cut.Find("[data-testid=present-position]").TextContent);
        Press("End");
        Assert.Equal("3 / 3", cut.Find("[data-testid=present-position]").TextContent);
        cut.Find("[data-testid=present-prev]").Click();
        Assert.Equal("2 / 3", cut.Find("[data-testid=present-position]").TextContent);
    }
}
