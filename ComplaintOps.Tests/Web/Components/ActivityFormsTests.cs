using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Complaints;
using ComplaintOps.Web.Components.Pages.Complaints.Activities;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components;

/// <summary>One form per trigger: each shows exactly the inputs its activity needs and builds that activity.</summary>
public sealed class ActivityFormsTests : ComplaintOpsBunitContext
{
    private const string Confirm = "confirm-text";
    private const string Stage = "extension-stage";

    /// <summary>The inputs (data-testid) each trigger's form shows when it opens; <see cref="Confirm"/> for a confirm-only activity.</summary>
    public static readonly TheoryData<ComplaintTrigger, string[]> Inputs = new()
    {
        { ComplaintTrigger.Classify, ["field-category", "field-partner", "field-severity"] },
        { ComplaintTrigger.Assign, ["field-department", "field-handler"] },
        { ComplaintTrigger.Reassign, ["field-department", "field-handler"] },
        { ComplaintTrigger.StartInvestigation, [Confirm] },
        {
            ComplaintTrigger.ProposeResolution,
            ["field-root-cause", "field-measures", "field-owner", "field-compensation-kind", "field-compensation-amount"]
        },
        { ComplaintTrigger.SubmitForReview, [Confirm] },
        { ComplaintTrigger.Approve, [Confirm] },
        { ComplaintTrigger.ReturnForRework, ["field-reason"] },
        {
            ComplaintTrigger.GiveFeedback,
            [
                "field-verification", "field-basis", "field-reasons", "field-remedy-Review", "field-remedy-Mediation", "field-remedy-Arbitration",
                "field-remedy-Litigation", "field-feedback-channel", "field-proof-of-sending",
            ]
        },
        { ComplaintTrigger.Close, [Confirm] },
        { ComplaintTrigger.Appeal, ["field-reason"] },
        { ComplaintTrigger.Reopen, ["field-reason"] },
        { ComplaintTrigger.Withdraw, ["field-reason"] },
        { ComplaintTrigger.Reject, ["field-reason"] },
        { ComplaintTrigger.Merge, ["field-related-reference"] },
        { ComplaintTrigger.RequestReview, ["field-received-on", "field-reason", "field-department", "field-handler"] },
        { ComplaintTrigger.DecideReview, ["field-review-outcome", "field-reasons"] },
        { ComplaintTrigger.Acknowledge, [Confirm] },
        { ComplaintTrigger.Pause, ["field-pause-reason", "field-customer-notified", "field-note"] },
        { ComplaintTrigger.Resume, [Confirm] },
        { ComplaintTrigger.Extend, [Stage, "field-reason", "field-customer-notice"] },
        { ComplaintTrigger.AuthorizeCompensation, [Confirm] },
        { ComplaintTrigger.RecordRepeat, ["field-related-reference", "field-new-facts", "field-note"] },
        { ComplaintTrigger.AddNote, ["field-note"] },
        { ComplaintTrigger.RecordCallback, ["field-unreachable", "field-satisfaction", "field-callback-channel", "field-callback-comments"] },
        { ComplaintTrigger.CompleteFollowUp, ["field-note"] },
        { ComplaintTrigger.ReportToRegulator, ["field-report-kind", "field-report", "field-proof-of-sending"] },
        { ComplaintTrigger.DesignateMajor, ["field-major-reason", "field-note"] },
    };

    [Fact]
    public void Every_trigger_has_its_own_form_an_input_table_entry_and_labels_in_both_languages()
    {
        var triggers = Enum.GetValues<ComplaintTrigger>();
        var forms = triggers.Select(t => ActivityForms.For(t) ?? throw new Xunit.Sdk.XunitException($"No form for {t}.")).ToList();
        Assert.All(forms, f => Assert.True(f.IsSubclassOf(typeof(ActivityForm)) && !f.IsAbstract, f.Name));
        Assert.Equal(triggers.Length, forms.Distinct().Count());   // one form per trigger, none shared
        Assert.Equal(triggers.Order(), Inputs.Select(row => (ComplaintTrigger)row.Data.Item1).Order());

        var l = Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        foreach (var culture in new[] { "en", "zh-CN" })
        {
            UseCulture(culture);
            Assert.All(triggers, t =>
            {
                Assert.False(l[$"Trigger.{t}"].ResourceNotFound, $"Trigger.{t} ({culture})");
                Assert.False(l[$"Event.{t}"].ResourceNotFound, $"Event.{t} ({culture})");
            });
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task The_dialog_shows_the_form_of_the_trigger_with_only_the_inputs_its_activity_needs(ComplaintTrigger trigger, string[] expected)
    {
        var dialogs = await OpenAsync(trigger, ComplaintDetailBuilder.DecisionSent(ComplaintStatus.Investigating));

        var shown = dialogs.FindAll("[data-testid]").Select(e => e.GetAttribute("data-testid")!)
            .Where(id => id.StartsWith("field-", StringComparison.Ordinal) || id is Confirm or Stage).Distinct().Order();
        Assert.Equal(expected.Order(), shown);
    }

    [Fact]
    public async Task Give_feedback_offers_no_review_when_the_profile_has_none()
    {
        var dialogs = await OpenAsync(ComplaintTrigger.GiveFeedback, ComplaintDetailBuilder.Detail() with { Policy = SlaPolicies.Bank2012 });

        Assert.Empty(dialogs.FindAll("[data-testid=field-remedy-Review]"));
        Assert.NotEmpty(dialogs.FindAll("[data-testid=field-remedy-Mediation]"));
    }

    [Fact]
    public async Task Give_feedback_sends_the_decision_notice_as_typed()
    {
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Resolved, permitted: [ComplaintTrigger.GiveFeedback]);
        var (page, dialogs, clicked) = await OpenOnPageAsync(detail, ComplaintTrigger.GiveFeedback);

        await Input(dialogs, "field-verification").ChangeAsync(new() { Value = "核实了两笔年费扣款" });
        await Input(dialogs, "field-basis").ChangeAsync(new() { Value = "信用卡领用合约第12条" });
        await Input(dialogs, "field-reasons").ChangeAsync(new() { Value = "系统重复扣收，已退还" });
        await Check(dialogs, "field-remedy-Mediation");
        await Check(dialogs, "field-remedy-Litigation");
        Assert.Contains("Call recording", dialogs.Find("[data-testid=activity-dialog]").TextContent, StringComparison.Ordinal);   // proof hint for Phone
        await Input(dialogs, "field-proof-of-sending").ChangeAsync(new() { Value = " REC-20261123-0042 " });
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        page.WaitForAssertion(() =>
        {
            var notice = Assert.IsType<GiveFeedback>(Assert.Single(Commands.Applied).Action).Notice;
            Assert.Equal("核实了两笔年费扣款", notice.Verification);
            Assert.Equal("信用卡领用合约第12条", notice.Basis);
            Assert.Equal("系统重复扣收，已退还", notice.Reasons);
            Assert.Equal(Remedies.Mediation | Remedies.Litigation, notice.Remedies);
            Assert.Equal(Channel.Phone, notice.SentVia);
            Assert.Equal("REC-20261123-0042", notice.ProofOfSending);
        });
    }

    [Fact]
    public async Task Give_feedback_without_a_remedy_is_not_sent()
    {
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Resolved, permitted: [ComplaintTrigger.GiveFeedback]);
        var (_, dialogs, clicked) = await OpenOnPageAsync(detail, ComplaintTrigger.GiveFeedback);
        foreach (var field in new[] { "field-verification", "field-basis", "field-reasons", "field-proof-of-sending" })
        {
            await Input(dialogs, field).ChangeAsync(new() { Value = "x" });
        }

        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());

        dialogs.WaitForElement("[data-testid=remedies-error]");
        Assert.False(clicked.IsCompleted);
        Assert.Empty(Commands.Applied);
    }

    [Fact]
    public async Task A_callback_score_of_two_requires_the_customers_reason_and_says_a_follow_up_opens()
    {
        var detail = ComplaintDetailBuilder.DecisionSent(permitted: [ComplaintTrigger.RecordCallback]);
        var (page, dialogs, clicked) = await OpenOnPageAsync(detail, ComplaintTrigger.RecordCallback);

        Assert.Empty(dialogs.FindAll("[data-testid=field-low-score-reason]"));
        await Rate(dialogs, 2);
        dialogs.WaitForElement("[data-testid=follow-up-notice]");
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Required", dialogs.Markup, StringComparison.Ordinal));
        Assert.False(clicked.IsCompleted);
        Assert.Empty(Commands.Applied);

        await Input(dialogs, "field-low-score-reason").ChangeAsync(new() { Value = "退款到账太慢" });
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        page.WaitForAssertion(() =>
        {
            var callback = Assert.IsType<RecordCallback>(Assert.Single(Commands.Applied).Action);
            Assert.Equal(2, callback.Satisfaction);
            Assert.Equal("退款到账太慢", callback.LowScoreReason);
        });
    }

    [Fact]
    public async Task A_good_callback_score_asks_for_no_reason()
    {
        var detail = ComplaintDetailBuilder.DecisionSent(permitted: [ComplaintTrigger.RecordCallback]);
        var (page, dialogs, clicked) = await OpenOnPageAsync(detail, ComplaintTrigger.RecordCallback);

        await Rate(dialogs, 4);
        Assert.Empty(dialogs.FindAll("[data-testid=field-low-score-reason]"));
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        page.WaitForAssertion(() => Assert.Equal(new RecordCallback(4), Assert.Single(Commands.Applied).Action));
    }

    [Fact]
    public async Task Extend_after_stage_one_shows_stage_two_for_a_senior_manager_with_its_rule_and_new_due_date()
    {
        RunAs(TestRules.Manager);
        var detail = ComplaintDetailBuilder.ExtendedOnce(permitted: [ComplaintTrigger.Extend]);
        var (page, dialogs, clicked) = await OpenOnPageAsync(detail, ComplaintTrigger.Extend);

        var stage = dialogs.Find("[data-testid=extension-stage]");
        Assert.Equal("2", stage.GetAttribute("data-stage"));
        Assert.Contains("stage 2: +30 days", stage.TextContent, StringComparison.Ordinal);
        Assert.Contains("senior manager", dialogs.Find("[data-testid=extension-approver]").TextContent, StringComparison.Ordinal);
        var rule = stage.QuerySelector("[data-testid=rule-citation]")!;
        Assert.Equal("CBIRC2020", rule.GetAttribute("data-source"));
        Assert.Equal("18", rule.GetAttribute("data-article"));
        Assert.Equal("2027-01-19 10:00", dialogs.Find("[data-testid=extension-new-due]").TextContent.Trim());   // received 11-20 + 60 days, Shanghai time

        await Input(dialogs, "field-reason").ChangeAsync(new() { Value = "需等待境外收单机构调查结果" });
        await Input(dialogs, "field-customer-notice").ChangeAsync(new() { Value = "已电话告知客户新的处理时限及原因" });
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        page.WaitForAssertion(() =>
        {
            var extend = Assert.IsType<Extend>(Assert.Single(Commands.Applied).Action);
            Assert.Equal(2, extend.Stage);
            Assert.Equal("需等待境外收单机构调查结果", extend.Reason);
            Assert.Equal("已电话告知客户新的处理时限及原因", extend.CustomerNotice);
        });
    }

    [Fact]
    public async Task Pause_says_whether_the_legal_clock_stops_under_the_profile()
    {
        var dialogs = await OpenAsync(ComplaintTrigger.Pause, ComplaintDetailBuilder.Detail());

        await Choose<PauseReason?>(dialogs, PauseReason.Mediation);
        Assert.Equal("true", dialogs.Find("[data-testid=pause-effect]").GetAttribute("data-stops-legal"));
        await Choose<PauseReason?>(dialogs, PauseReason.WaitingForCustomer);
        Assert.Equal("false", dialogs.Find("[data-testid=pause-effect]").GetAttribute("data-stops-legal"));
    }

    [Fact]
    public async Task Request_review_defaults_to_today_and_offers_no_reviewer_from_the_deciding_department()
    {
        var detail = ComplaintDetailBuilder.DecisionSent(permitted: [ComplaintTrigger.RequestReview]);
        var (page, dialogs, clicked) = await OpenOnPageAsync(detail, ComplaintTrigger.RequestReview);

        Assert.Equal("2026-11-23", Input(dialogs, "field-received-on").GetAttribute("value"));
        var offered = dialogs.FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value).ToList();
        Assert.Contains("LEGAL", offered);
        Assert.DoesNotContain("CARDS", offered);   // the department that decided
        await Input(dialogs, "field-reason").ChangeAsync(new() { Value = "客户认为退款金额计算有误" });
        await Choose(dialogs, "LEGAL");
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        page.WaitForAssertion(() =>
        {
            var review = Assert.IsType<RequestReview>(Assert.Single(Commands.Applied).Action);
            Assert.Equal(new DateOnly(2026, 11, 23), review.DecisionReceivedOn);
            Assert.Equal("LEGAL", review.ReviewerDepartment);
            Assert.Equal("客户认为退款金额计算有误", review.Reason);
        });
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(ComplaintTrigger trigger, ComplaintDetail detail)
    {
        var dialogs = Render<MudDialogProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<ActivityDialog> { { d => d.Trigger, trigger }, { d => d.Complaint, detail } };
        await dialogs.InvokeAsync(() => service.ShowAsync<ActivityDialog>("", parameters));
        dialogs.WaitForElement("[data-testid=dialog-submit]");
        return dialogs;
    }

    /// <summary>Opens the trigger's dialog from the detail page; the task completes when the dialog closes.</summary>
    private async Task<(IRenderedComponent<ComplaintDetailPage> Page, IRenderedComponent<MudDialogProvider> Dialogs, Task Clicked)> OpenOnPageAsync(
        ComplaintDetail detail, ComplaintTrigger trigger)
    {
        Queries.Add(detail);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));
        var clicked = page.Find($"[data-testid=trigger-{trigger}]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=dialog-submit]");
        await Task.Yield();
        return (page, dialogs, clicked);
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<MudDialogProvider> dialogs, string testId) =>
        dialogs.Find($"textarea[data-testid={testId}], input[data-testid={testId}], [data-testid={testId}] textarea, [data-testid={testId}] input");

    private static Task Check(IRenderedComponent<MudDialogProvider> dialogs, string testId) =>
        Input(dialogs, testId).ChangeAsync(new() { Value = true });

    private static Task Rate(IRenderedComponent<MudDialogProvider> dialogs, int score) =>
        dialogs.FindAll("[data-testid=field-satisfaction] .mud-rating-item")[score - 1].ClickAsync(new());

    /// <summary>Picks <paramref name="value"/> in the dialog's (only) select of <typeparamref name="T"/>, as choosing it in the list does.</summary>
    private static Task Choose<T>(IRenderedComponent<MudDialogProvider> dialogs, T value)
    {
        var select = dialogs.FindComponent<MudSelect<T>>();
        return dialogs.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }
}
