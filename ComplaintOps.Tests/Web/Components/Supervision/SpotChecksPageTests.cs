using Bunit;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Supervision;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Components.Supervision;

public sealed class SpotChecksPageTests : ComplaintOpsBunitContext
{
    private static readonly DateOnly October = new(2026, 10, 1);
    private readonly InMemorySpotChecks _spotChecks = new();
    private readonly Actor _supervisor;

    public SpotChecksPageTests()
    {
        Services.AddSingleton<ISpotChecks>(_spotChecks);
        _supervisor = RunAs(StaffRole.Supervisor);
        for (var i = 1; i <= 12; i++)
        {
            _spotChecks.Population[new Guid(i, 0, 0, new byte[8])] = $"CP202610{i:00}-SPOT";
        }
    }

    private static async Task CheckAsync(IRenderedComponent<SpotChecksPage> cut, int row, SpotCheckItem? failing, string? finding = null)
    {
        await cut.FindAll("[data-testid=spot-check-case]")[row].ClickAsync(new());
        foreach (var item in Enum.GetValues<SpotCheckItem>())
        {
            var answer = item == failing ? CheckAnswer.No : CheckAnswer.Yes;
            await cut.Find($"[data-testid=answer-{item}-{answer}]").ClickAsync(new());
        }

        if (finding is not null)
        {
            await Inputs.Field(cut, "spot-finding").ChangeAsync(new ChangeEventArgs { Value = finding });
        }

        await cut.Find("[data-testid=spot-save]").ClickAsync(new());
    }

    [Fact]
    public async Task Checking_cases_against_the_checklist_reports_the_pass_rate()
    {
        await _spotChecks.DrawAsync(October, 7, 4, _supervisor, Xunit.TestContext.Current.CancellationToken);
        var cut = Render<SpotChecksPage>();
        cut.WaitForElement("[data-testid=spot-detail]");
        Assert.Equal(4, cut.FindAll("[data-testid=spot-case]").Count);
        Assert.Contains("Pass rate —", cut.Find("[data-testid=spot-pass-rate]").TextContent, StringComparison.Ordinal);

        await CheckAsync(cut, 0, failing: null);
        cut.WaitForAssertion(() => Assert.Equal("Pass rate 100.0% (1 of 1 checked)", cut.Find("[data-testid=spot-pass-rate]").TextContent));
        await CheckAsync(cut, 1, SpotCheckItem.DecisionNoticeComplete, "告知书未列明救济途径");

        cut.WaitForAssertion(() => Assert.Equal("Pass rate 50.0% (1 of 2 checked)", cut.Find("[data-testid=spot-pass-rate]").TextContent));
        var results = cut.FindAll("[data-testid=spot-case-result]").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(["Passed", "Failed", "Not checked", "Not checked"], results);
    }

    [Fact]
    public async Task A_failed_item_without_a_finding_is_refused_with_the_reason()
    {
        await _spotChecks.DrawAsync(October, 7, 4, _supervisor, Xunit.TestContext.Current.CancellationToken);
        var cut = Render<SpotChecksPage>();
        cut.WaitForElement("[data-testid=spot-detail]");

        await CheckAsync(cut, 0, SpotCheckItem.CallbackDone);

        cut.WaitForAssertion(() => Assert.Contains("needs a finding", cut.Find("[data-testid=spot-notice]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Not checked", cut.FindAll("[data-testid=spot-case-result]")[0].TextContent.Trim());
    }

    [Fact]
    public async Task Rework_on_a_failed_case_is_requested_and_noted_for_its_complaint()
    {
        var drawn = await _spotChecks.DrawAsync(October, 7, 4, _supervisor, Xunit.TestContext.Current.CancellationToken);
        var cut = Render<SpotChecksPage>();
        cut.WaitForElement("[data-testid=spot-detail]");
        await CheckAsync(cut, 0, SpotCheckItem.RecordsComplete, "缺少通话录音");

        await Inputs.Field(cut, "spot-rework-note").ChangeAsync(new ChangeEventArgs { Value = "补录通话录音" });
        await cut.Find("[data-testid=spot-rework]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("Rework", cut.FindAll("[data-testid=spot-case-result]")[0].TextContent, StringComparison.Ordinal));
        var (complaintId, note) = Assert.Single(_spotChecks.ComplaintNotes);
        Assert.Equal(drawn.Cases[0].ComplaintId, complaintId);
        Assert.Contains("补录通话录音", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drawing_records_the_seed_entered_and_lists_the_check()
    {
        var cut = Render<SpotChecksPage>();
        cut.WaitForElement("[data-testid=spot-draw]");

        await Inputs.Field(cut, "spot-seed").ChangeAsync(new ChangeEventArgs { Value = "424242" });
        await Inputs.Field(cut, "spot-size").ChangeAsync(new ChangeEventArgs { Value = "3" });
        await cut.Find("[data-testid=spot-draw-button]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=spot-row]")));
        var check = Assert.Single(await _spotChecks.ListAsync(_supervisor, Xunit.TestContext.Current.CancellationToken));
        Assert.Equal((October, 424242L, 3, 12), (check.Month, check.Seed, check.SampleSize, check.Population));
        Assert.Contains("424242", cut.Find("[data-testid=spot-row]").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, cut.FindAll("[data-testid=spot-case]").Count);
    }
}
