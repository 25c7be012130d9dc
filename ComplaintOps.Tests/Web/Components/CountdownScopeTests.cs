using Bunit;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ComplaintOps.Tests.Web.Components;

public sealed class CountdownScopeTests : ComplaintOpsBunitContext
{
    [Fact]
    public void Countdowns_in_a_scope_tick_together_without_re_rendering_the_rest_of_the_content()
    {
        UseCulture("en");
        var due = Clock.GetUtcNow().AddMinutes(10);
        RenderCounter.Renders = 0;

        var cut = Render<CountdownScope>(p => p.Add(x => x.ChildContent, (RenderFragment)(b =>
        {
            b.OpenComponent<RenderCounter>(0);
            b.AddComponentParameter(1, nameof(RenderCounter.Rows), Rows);   // a mutable parameter: re-rendered whenever its parent is
            b.CloseComponent();
            for (var i = 0; i < 2; i++)
            {
                b.OpenComponent<LiveCountdown>(2);
                b.AddComponentParameter(3, nameof(LiveCountdown.DueAtUtc), due);
                b.AddComponentParameter(4, nameof(LiveCountdown.State), ClockState.OnTime);
                b.CloseComponent();
            }
        })));
        var rendersAfterFirst = RenderCounter.Renders;

        Clock.Advance(TimeSpan.FromSeconds(3));

        cut.WaitForAssertion(() => Assert.All(cut.FindAll("[data-testid=countdown]"), c => Assert.Equal("due in 00:09:57", c.TextContent)));
        Assert.Equal(1, rendersAfterFirst);
        Assert.Equal(rendersAfterFirst, RenderCounter.Renders);
    }

    [Fact]
    public void A_countdown_outside_a_scope_ticks_on_its_own()
    {
        UseCulture("en");

        var cut = Render<LiveCountdown>(p => p.Add(x => x.DueAtUtc, Clock.GetUtcNow().AddSeconds(5)).Add(x => x.State, ClockState.AtRisk));
        Clock.Advance(TimeSpan.FromSeconds(7));

        cut.WaitForAssertion(() => Assert.Equal("overdue by 00:00:02", cut.Find("[data-testid=countdown]").TextContent));
        Assert.Contains("due-overdue", cut.Find("[data-testid=countdown]").ClassList);
    }

    private static readonly List<string> Rows = ["a", "b"];

    /// <summary>Stands for a data grid: counts its renders (static, as bUnit creates it inside the scope's content).</summary>
    private sealed class RenderCounter : ComponentBase
    {
        public static int Renders;

        [Parameter]
        public List<string> Rows { get; set; } = [];

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            Renders++;
            builder.AddContent(0, "content");
        }
    }
}
