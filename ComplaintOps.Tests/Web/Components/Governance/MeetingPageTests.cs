using Bunit;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Governance;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components.Governance;

public sealed class MeetingPageTests : ComplaintOpsBunitContext
{
    private async Task<Guid> NovemberMeetingAsync()
    {
        Meetings.Facts = GovernanceFacts.November;
        Topics.Add(7, TopicSpace.Chinese, "年费 / 扣收");
        return await Meetings.CreateAsync(new NewMeeting("十一月联席会议", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Now, ["S001", "HCARDS0"]),
            TestRules.Supervisor, CancellationToken.None);
    }

    [Fact]
    public async Task The_room_records_a_finding_adds_an_action_item_and_completes_it_only_with_evidence_and_confirmation()
    {
        RunAs(StaffRole.Supervisor);
        var id = await NovemberMeetingAsync();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<MeetingPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=agenda-item]").Count));
        Assert.Equal("1. Batch warning · #7 · 年费重复扣收", cut.FindAll("[data-testid=agenda-heading]")[0].TextContent);
        Assert.Equal(["C5", "C4", "C3", "C2", "C1"], cut.FindAll("[data-testid=agenda-item]")[0].QuerySelectorAll("[data-testid=agenda-complaint] a").Select(a => a.TextContent));

        var first = cut.FindComponents<AgendaItemPanel>()[0];
        var texts = first.FindComponents<MudTextField<string>>();
        await cut.InvokeAsync(() => texts[0].Instance.ValueChanged.InvokeAsync("扣费前无提醒"));
        await cut.InvokeAsync(() => texts[1].Instance.ValueChanged.InvokeAsync("批处理未区分免年费条件"));
        await first.Find("[data-testid=item-save]").ClickAsync(new());
        var stored = (await Meetings.GetAsync(id, TestRules.Supervisor, CancellationToken.None))!.Items[0];
        Assert.Equal(("扣费前无提醒", "批处理未区分免年费条件", "CARDS"), (stored.Findings, stored.RootCause, stored.ResponsibleDepartment));

        first = cut.FindComponents<AgendaItemPanel>()[0];
        var form = first.FindComponent<ActionItemForm>();
        Assert.Equal("Topic #7 · 年费 / 扣收", form.Find("[data-testid=action-target]").TextContent);   // the item's topic is the target
        await cut.InvokeAsync(() => form.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("年费提醒短信"));
        await cut.InvokeAsync(() => form.FindComponents<MudSelect<string>>()[0].Instance.ValueChanged.InvokeAsync("HCARDS1"));
        await cut.InvokeAsync(() => form.FindComponent<MudDatePicker>().Instance.DateChanged.InvokeAsync(new DateTime(2026, 12, 15)));
        await form.Find("[data-testid=action-add]").ClickAsync(new());
        Assert.Empty(cut.FindAll("[data-testid=action-error]"));

        cut.WaitForAssertion(() => Assert.Equal("Open", cut.FindAll("[data-testid=agenda-item]")[0].QuerySelector("[data-testid=action-row]")!.GetAttribute("data-status")));
        var action = Assert.Single((await Meetings.GetAsync(id, TestRules.Supervisor, CancellationToken.None))!.Actions);
        Assert.Equal((stored.Id, "HCARDS1", "CARDS"), (action.AgendaItemId!.Value, action.OwnerId, action.Department));

        cut.Find("[data-testid=action-complete]").Click();   // opens the dialog (its result is awaited by the page)
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("[data-testid=action-update-dialog]")));
        Assert.True(dialogs.Find("[data-testid=action-update-save]").HasAttribute("disabled"));   // not before the confirmation
        var dialog = dialogs.FindComponent<ActionUpdateDialog>();
        await dialogs.InvokeAsync(() => dialog.FindComponent<MudCheckBox<bool>>().Instance.ValueChanged.InvokeAsync(true));
        await dialogs.Find("[data-testid=action-update-save]").ClickAsync(new());   // confirmed, but no evidence
        dialogs.WaitForAssertion(() => Assert.Contains("needs the evidence", dialogs.Find("[data-testid=action-update-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(RootCauseActionStatus.Open, (await Actions.ListAsync(TestRules.Supervisor, CancellationToken.None))[0].Status);

        await dialogs.InvokeAsync(() => dialog.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("短信模板已上线 CR-1"));
        await dialogs.Find("[data-testid=action-update-save]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("Done", cut.Find("[data-testid=action-row]").GetAttribute("data-status")));
        var done = (await Actions.ListAsync(TestRules.Supervisor, CancellationToken.None))[0];
        Assert.Equal(("短信模板已上线 CR-1", new DateOnly(2026, 11, 23)), (done.Evidence, done.CompletedOn!.Value));
        Assert.Contains("短信模板已上线 CR-1", cut.Find("[data-testid=action-evidence-text]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_sees_only_their_departments_items_read_only()
    {
        RunAs(StaffRole.Supervisor);
        var id = await NovemberMeetingAsync();
        RunAs(StaffRole.Handler);

        var cut = Render<MeetingPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=agenda-item]").Count));
        Assert.Equal(["BatchWarning", "Appeal"], cut.FindAll("[data-testid=agenda-item]").Select(e => e.GetAttribute("data-kind")!));
        Assert.NotNull(cut.Find("[data-testid=meeting-scoped]"));
        Assert.Empty(cut.FindAll("[data-testid=item-findings]"));
        Assert.Empty(cut.FindAll("[data-testid=action-form]"));
        Assert.Empty(cut.FindAll("[data-testid=meeting-hold]"));
    }
}
