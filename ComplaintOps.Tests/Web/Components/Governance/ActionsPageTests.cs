using Bunit;
using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Effectiveness;
using ComplaintOps.Tests.Analytics;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Governance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components.Governance;

/// <summary>The follow-up view (moved off the analytics page): action items with their effect before vs after completion.</summary>
public sealed class ActionsPageTests : ComplaintOpsBunitContext
{
    private readonly FakeOutcomeQueries _outcomes = new();

    public ActionsPageTests()
    {
        Services.AddSingleton<IOutcomeQueries>(_outcomes);
        Services.AddSingleton(Options.Create(EffectivenessCalculatorTests.Options()));
        Services.AddSingleton(Options.Create(new EffectivenessOptions { EffectWeeks = 5 }));
        Services.AddSingleton<IEffectivenessReports, EffectivenessReports>();
        _outcomes.Outcomes.AddRange(EffectivenessCalculatorTests.FixedSetInAutumn());
    }

    [Fact]
    public async Task An_action_item_is_refused_when_incomplete_added_completed_with_evidence_and_its_effect_shown_with_the_window()
    {
        RunAs(TestRules.Supervisor);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ActionsPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=actions-empty]")));

        var form = cut.FindComponent<ActionItemForm>();
        await cut.InvokeAsync(() => form.FindComponents<MudSelect<string>>()[0].Instance.ValueChanged.InvokeAsync("CARD"));   // the category
        await cut.InvokeAsync(() => form.FindComponent<MudDatePicker>().Instance.DateChanged.InvokeAsync(new DateTime(2026, 12, 15)));
        cut.Find("[data-testid=action-add]").Click();   // no title, no owner

        cut.WaitForAssertion(() => Assert.Contains("Some fields are missing or too long", cut.Find("[data-testid=action-error]").TextContent, StringComparison.Ordinal));
        Assert.Empty(await Actions.ListAsync(TestRules.Supervisor, CancellationToken.None));

        form = cut.FindComponent<ActionItemForm>();
        await cut.InvokeAsync(() => form.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("Annual-fee reminder SMS"));
        await cut.InvokeAsync(() => form.FindComponents<MudSelect<string>>()[1].Instance.ValueChanged.InvokeAsync("HCARDS1"));
        cut.Find("[data-testid=action-add]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Open", cut.Find("[data-testid=action-row]").GetAttribute("data-status")));
        Assert.Equal("Category Cards", cut.Find("[data-testid=action-target]").TextContent);

        cut.Find("[data-testid=action-complete]").Click();
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("[data-testid=action-update-dialog]")));
        var dialog = dialogs.FindComponent<ActionUpdateDialog>();
        await dialogs.InvokeAsync(() => dialog.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("SMS live, change CR-1"));
        await dialogs.InvokeAsync(() => dialog.FindComponent<MudCheckBox<bool>>().Instance.ValueChanged.InvokeAsync(true));
        await dialogs.Find("[data-testid=action-update-save]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("Done", cut.Find("[data-testid=action-row]").GetAttribute("data-status")));
        // Completed on 11-23 (local): before = the 5 weeks [10-19, 11-23) hold C and D → 2 ÷ 5 = 0.4; no whole week after yet
        Assert.Equal("0.4 → (not a full week yet)", cut.Find("[data-testid=action-volume]").TextContent);
        Assert.Equal("2026-10-19 | 2026-11-23 | 2026-11-23", cut.Find("[data-testid=action-window]").TextContent);

        Clock.Advance(TimeSpan.FromDays(15));   // two whole weeks after completion, with no new CARD complaints
        var later = Render<ActionsPage>();
        later.WaitForAssertion(() => Assert.Equal("0.4 → 0 (2 wk after)", later.Find("[data-testid=action-volume]").TextContent));
        Assert.Equal("2026-10-19 | 2026-11-23 | 2026-12-07", later.Find("[data-testid=action-window]").TextContent);
    }

    [Fact]
    public async Task Overdue_action_items_are_highlighted_first()
    {
        RunAs(TestRules.Supervisor);
        await ThreeActionsAsync();

        var all = Render<ActionsPage>();

        all.WaitForAssertion(() => Assert.Equal(3, all.FindAll("[data-testid=action-row]").Count));
        Assert.Equal(["true", "true", "false"], all.FindAll("[data-testid=action-row]").Select(r => r.GetAttribute("data-overdue")!));
        Assert.Equal("2 overdue", all.Find("[data-testid=actions-overdue-count]").TextContent.Trim());
        Assert.Equal(3, all.FindAll("[data-testid=action-complete]").Count);   // a manager of actions updates any
    }

    [Fact]
    public async Task A_handler_sees_only_their_departments_action_items_and_updates_only_their_own()
    {
        RunAs(TestRules.Handler);
        await ThreeActionsAsync();

        var mine = Render<ActionsPage>();

        mine.WaitForAssertion(() => Assert.Equal(2, mine.FindAll("[data-testid=action-row]").Count));
        Assert.DoesNotContain("贷款部台账", mine.Markup, StringComparison.Ordinal);
        Assert.Empty(mine.FindAll("[data-testid=action-form]"));
        var rows = mine.FindAll("[data-testid=action-row]");
        Assert.Equal([true, false], rows.OrderBy(r => r.TextContent.Contains("年费提醒", StringComparison.Ordinal) ? 0 : 1)
            .Select(r => r.QuerySelector("[data-testid=action-complete]") is not null));   // owns 年费提醒, not 扣费规则
    }

    /// <summary>LOANS due 11-24, CARDS 11-30 (owner HCARDS1), CARDS 11-25 (owner HCARDS2); then the clock at 11-26.</summary>
    private async Task ThreeActionsAsync()
    {
        await Actions.CreateAsync(new NewRootCauseAction(RootCauseTarget.OfDepartment("LOANS"), "贷款部台账", "HLOANS1", null, new DateOnly(2026, 11, 24)),
            TestRules.Supervisor, CancellationToken.None);
        await Actions.CreateAsync(new NewRootCauseAction(RootCauseTarget.OfCategory("CARD"), "年费提醒", "HCARDS1", null, new DateOnly(2026, 11, 30)),
            TestRules.Supervisor, CancellationToken.None);
        await Actions.CreateAsync(new NewRootCauseAction(RootCauseTarget.OfCategory("CARD"), "扣费规则", "HCARDS2", null, new DateOnly(2026, 11, 25)),
            TestRules.Supervisor, CancellationToken.None);
        Clock.Advance(TimeSpan.FromDays(3));
    }
}
