using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Feedback;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components.Supervision;

public sealed class FeedbackPageTests : ComplaintOpsBunitContext
{
    private readonly FakeSupervisionQueries _supervision = new();
    private readonly Actor _agent;

    public FeedbackPageTests()
    {
        Services.AddSingleton<ISupervisionQueries>(_supervision);
        _agent = RunAs(StaffRole.FeedbackAgent);
    }

    private static FeedbackWorkItem Row(FeedbackWorkKind kind, ComplaintDetail detail, int attempts = 0, int? score = null, string? reason = null) => new(
        kind, detail.Id, detail.Reference, detail.Version, detail.Subject, "CARD", "CARDS", "zh", "张*", CustomerTier.Standard, Channel.Phone,
        new DueClock(ClockKind.Callback, Now.AddDays(1), ClockState.AtRisk), detail.DecisionSentAtUtc, attempts, score, reason);

    [Fact]
    public async Task Lists_feedback_due_callbacks_with_attempts_and_follow_ups_each_on_its_tab()
    {
        var resolved = ComplaintDetailBuilder.Detail(ComplaintStatus.Resolved, reference: "CP20261120-FEEDBACK01");
        var sent = ComplaintDetailBuilder.DecisionSent() with { Reference = "CP20261120-CALLBACK01" };
        var low = ComplaintDetailBuilder.DecisionSent() with { Reference = "CP20261120-FOLLOWUP01" };
        _supervision.Feedback.AddRange([Row(FeedbackWorkKind.FeedbackDue, resolved), Row(FeedbackWorkKind.CallbackDue, sent, attempts: 2),
            Row(FeedbackWorkKind.FollowUpOpen, low, score: 2, reason: "到账太慢")]);

        var cut = Render<FeedbackPage>();

        var tabs = cut.FindAll(".mud-tab").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Feedback due (1)", "Callbacks due (1)", "Follow-ups open (1)"], tabs);
        Assert.Equal("CP20261120-FEEDBACK01", cut.Find("[data-testid=feedback-row]").GetAttribute("data-reference"));
        Assert.Equal("Give feedback", cut.Find("[data-testid=feedback-act]").TextContent.Trim());

        await cut.FindAll(".mud-tab")[1].ClickAsync(new());
        cut.WaitForAssertion(() => Assert.Equal("CP20261120-CALLBACK01", cut.Find("[data-testid=feedback-row]").GetAttribute("data-reference")));
        Assert.Equal("2", cut.Find("[data-testid=feedback-attempts]").TextContent);

        await cut.FindAll(".mud-tab")[2].ClickAsync(new());
        cut.WaitForAssertion(() => Assert.Contains("到账太慢", cut.Find("[data-testid=feedback-row]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recording_a_callback_sends_score_channel_and_comments_as_the_agent_on_the_listed_version()
    {
        var sent = ComplaintDetailBuilder.DecisionSent(permitted: [ComplaintTrigger.RecordCallback]);
        Queries.Add(sent);
        _supervision.Feedback.Add(Row(FeedbackWorkKind.CallbackDue, sent));
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<FeedbackPage>();
        await cut.FindAll(".mud-tab")[1].ClickAsync(new());

        var clicked = cut.Find("[data-testid=feedback-act]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=dialog-submit]");
        await dialogs.FindAll("[data-testid=field-satisfaction] .mud-rating-item")[4].ClickAsync(new());
        var channel = dialogs.FindComponent<MudSelect<Channel?>>();
        await dialogs.InvokeAsync(() => channel.Instance.ValueChanged.InvokeAsync(Channel.WeChat));
        await Inputs.Field(dialogs, "field-callback-comments").ChangeAsync(new() { Value = " 处理及时 " });
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        var applied = Assert.Single(Commands.Applied);
        Assert.Equal((sent.Id, sent.Version, _agent.Id), (applied.ComplaintId, applied.ExpectedVersion, applied.Actor.Id));
        Assert.Equal(new RecordCallback(5, 0, null, Channel.WeChat, "处理及时"), applied.Action);
    }

    [Fact]
    public async Task A_case_that_moved_on_since_the_list_was_read_is_not_acted_on()
    {
        var sent = ComplaintDetailBuilder.DecisionSent(permitted: [ComplaintTrigger.RecordCallback]);
        Queries.Add(sent with { Version = sent.Version + 1 });
        _supervision.Feedback.Add(Row(FeedbackWorkKind.CallbackDue, sent));
        Render<MudDialogProvider>();
        var cut = Render<FeedbackPage>();
        await cut.FindAll(".mud-tab")[1].ClickAsync(new());

        await cut.Find("[data-testid=feedback-act]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("has moved on", cut.Find("[data-testid=feedback-notice]").TextContent, StringComparison.Ordinal));
        Assert.Empty(Commands.Applied);
    }
}
