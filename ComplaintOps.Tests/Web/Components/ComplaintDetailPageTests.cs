using Bunit;
using ComplaintOps.Analytics.Suggestions;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Complaints;
using MudBlazor;
using DomainSeverity = ComplaintOps.Data.Domain.Reference.Severity;

namespace ComplaintOps.Tests.Web.Components;

public sealed class ComplaintDetailPageTests : ComplaintOpsBunitContext
{
    [Fact]
    public void Renders_exactly_one_button_per_permitted_trigger()
    {
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered);
        Queries.Add(detail);

        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        var shown = cut.FindAll("button[data-testid^=trigger-]").Select(b => b.GetAttribute("data-testid")!["trigger-".Length..]).ToList();
        var expected = detail.PermittedTriggers.Where(t => t != ComplaintTrigger.RecordRepeat).Select(t => t.ToString()).ToList();
        Assert.Equal(expected, shown);
        Assert.Contains("Classify", shown);
        Assert.Contains("Withdraw", shown);
        Assert.Contains("Reject", shown);
        Assert.DoesNotContain("Approve", shown);
        Assert.DoesNotContain("RecordRepeat", shown);
    }

    [Fact]
    public void Buttons_follow_the_detail_not_the_status()
    {
        // The page must not second-guess the DTO: whatever PermittedTriggers says is what is offered.
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered, permitted: [ComplaintTrigger.AddNote]);
        Queries.Add(detail);

        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        var button = Assert.Single(cut.FindAll("button[data-testid^=trigger-]"));
        Assert.Equal("trigger-AddNote", button.GetAttribute("data-testid"));
    }

    [Fact]
    public async Task Classify_proposes_the_models_suggestion_and_sends_what_the_agent_confirms()
    {
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered);
        Queries.Add(detail);
        Suggester.Next = new ClassificationSuggestion("CARD", 0.87, DomainSeverity.High, 0.64, "v3");
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        var clicked = cut.Find("[data-testid=trigger-Classify]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=classification-suggestion]");
        var shown = dialogs.Find("[data-testid=classification-suggestion]").TextContent;
        Assert.Contains("Cards", shown, StringComparison.Ordinal);
        Assert.Contains("87", shown, StringComparison.Ordinal);
        Assert.Contains("64", shown, StringComparison.Ordinal);
        Assert.Equal(detail.Subject + "\n" + detail.Description, Assert.Single(Suggester.Asked));
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        cut.WaitForAssertion(() =>
        {
            var action = Assert.IsType<Classify>(Assert.Single(Commands.Applied).Action);
            Assert.Equal("CARD", action.Category);
            Assert.Equal(DomainSeverity.High, action.Severity);
        });
    }

    [Fact]
    public async Task Classify_without_a_trained_model_asks_the_agent_to_choose()
    {
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered);
        Queries.Add(detail);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        var clicked = cut.Find("[data-testid=trigger-Classify]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=field-category]");
        Assert.Empty(dialogs.FindAll("[data-testid=classification-suggestion]"));
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Required", dialogs.Markup, StringComparison.Ordinal));
        Assert.False(clicked.IsCompleted);
        Assert.Empty(Commands.Applied);
    }

    [Fact]
    public async Task Confirm_only_trigger_is_applied_with_the_version_shown()
    {
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered, version: 7);
        Queries.Add(detail);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        var clicked = cut.Find("[data-testid=trigger-Acknowledge]").ClickAsync(new());   // completes when the dialog closes
        dialogs.WaitForElement("[data-testid=confirm-text]");
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        cut.WaitForAssertion(() =>
        {
            var call = Assert.Single(Commands.Applied);
            Assert.Equal(detail.Id, call.ComplaintId);
            Assert.Equal(7, call.ExpectedVersion);
            Assert.Equal(ComplaintTrigger.Acknowledge, call.Action.Trigger);
            Assert.Equal("A001", call.Actor.Id);
        });
    }

    [Fact]
    public async Task Reason_trigger_sends_the_reason_typed_in_the_dialog()
    {
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered, version: 3);
        Queries.Add(detail);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        var clicked = cut.Find("[data-testid=trigger-Withdraw]").ClickAsync(new());   // completes when the dialog closes
        dialogs.WaitForElement("textarea");
        await dialogs.Find("textarea").ChangeAsync(new() { Value = "客户已与网点协商解决" });
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        cut.WaitForAssertion(() =>
        {
            var call = Assert.Single(Commands.Applied);
            var withdraw = Assert.IsType<Withdraw>(call.Action);
            Assert.Equal(3, call.ExpectedVersion);
            Assert.Equal("客户已与网点协商解决", withdraw.Reason);
        });
    }

    [Fact]
    public async Task Reason_trigger_is_not_sent_without_a_reason()
    {
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered);
        Queries.Add(detail);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        var clicked = cut.Find("[data-testid=trigger-Reject]").ClickAsync(new());   // completes when the dialog closes
        dialogs.WaitForElement("textarea");
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Required", dialogs.Markup, StringComparison.Ordinal));
        Assert.False(clicked.IsCompleted);   // the dialog stays open
        await dialogs.Find("[data-testid=dialog-cancel]").ClickAsync(new());
        await clicked;
        Assert.Empty(Commands.Applied);
    }

    [Fact]
    public async Task A_concurrency_conflict_shows_the_message_and_reloads()
    {
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered, version: 2);
        Queries.Add(detail);
        Commands.ApplyFailure = new ConcurrencyConflictException(detail.Id, 2, 3);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));
        Queries.Add(detail with { Version = 3 });   // what someone else left behind

        var clicked = cut.Find("[data-testid=trigger-Acknowledge]").ClickAsync(new());   // completes when the dialog closes
        dialogs.WaitForElement("[data-testid=dialog-submit]");
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());

        // The dialog stays open and says why; cancelling reloads what the other person left.
        dialogs.WaitForAssertion(() =>
            Assert.Contains("changed by someone else", dialogs.Find("[data-testid=dialog-refusal]").TextContent, StringComparison.Ordinal));
        await dialogs.Find("[data-testid=dialog-cancel]").ClickAsync(new());
        await clicked;
        cut.WaitForAssertion(() => Assert.Contains("Version 3", cut.Find("[data-testid=complaint-version]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_action_is_explained_in_the_users_language_and_the_dialog_keeps_what_was_typed()
    {
        UseCulture("zh-CN");
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered);
        Queries.Add(detail);
        Commands.ApplyFailure = new DomainException("invalid_reason", "A reason is required.");
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        _ = cut.Find("[data-testid=trigger-Withdraw]").ClickAsync(new());
        dialogs.WaitForElement("textarea");
        await dialogs.Find("textarea").ChangeAsync(new() { Value = "客户来电撤诉" });
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());

        dialogs.WaitForAssertion(() =>
        {
            var refusal = dialogs.Find("[data-testid=dialog-refusal]").TextContent;
            Assert.Contains("请填写原因", refusal, StringComparison.Ordinal);
            Assert.DoesNotContain("required", refusal, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("客户来电撤诉", dialogs.Find("textarea").GetAttribute("value") ?? dialogs.Find("textarea").TextContent);
        });
        Assert.Single(Commands.Applied);
    }

    [Fact]
    public async Task Merge_resolves_the_reference_and_merges_into_that_complaint()
    {
        var duplicate = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered, version: 4, reference: "CP20261123-DUPLICATE1");
        var earlier = ComplaintDetailBuilder.Detail(ComplaintStatus.Investigating, reference: "CP20261120-EARLIER001") with { Id = Guid.NewGuid() };
        Queries.Add(duplicate);
        Queries.Add(earlier);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, duplicate.Id));

        var clicked = cut.Find("[data-testid=trigger-Merge]").ClickAsync(new());   // completes when the dialog closes
        dialogs.WaitForElement("input[data-testid=field-related-reference], [data-testid=field-related-reference] input");
        await dialogs.Find("input[data-testid=field-related-reference], [data-testid=field-related-reference] input").ChangeAsync(new() { Value = " CP20261120-EARLIER001 " });
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        cut.WaitForAssertion(() =>
        {
            var call = Assert.Single(Commands.Merged);
            Assert.Equal(duplicate.Id, call.DuplicateId);
            Assert.Equal(4, call.DuplicateVersion);
            Assert.Equal(earlier.Id, call.IntoId);
        });
        Assert.Empty(Commands.Applied);
    }

    [Fact]
    public void Shows_chinese_labels_and_the_history_indicator()
    {
        UseCulture("zh-CN");
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered);
        Queries.Add(detail);

        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        Assert.Equal("分类", cut.Find("[data-testid=trigger-Classify]").TextContent.Trim());
        Assert.Contains("记录校验通过", cut.Find("[data-testid=history-intact]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("[data-testid=clock-row]").Count);
    }

    [Fact]
    public void An_unreadable_event_shows_its_stored_text_under_a_broken_history_label()
    {
        UseCulture("zh-CN");
        var intact = ComplaintDetailBuilder.Detail(ComplaintStatus.Registered);
        var edited = intact.Timeline[0] with { Details = new Dictionary<string, string>(), UnreadableDetails = "not json {" };
        var detail = intact with { Timeline = [edited], HistoryIntact = false };
        Queries.Add(detail);

        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        Assert.Contains("记录校验失败", cut.Find("[data-testid=history-broken]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=history-intact]"));
        Assert.Contains("not json {", cut.Find("[data-testid=event-unreadable]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_receipt_profile_decision_notice_callback_review_and_the_regulator()
    {
        UseCulture("zh-CN");
        var detail = ComplaintDetailBuilder.DecisionSent(ComplaintStatus.ReviewRequested) with
        {
            CallbackRecorded = true,
            Satisfaction = 2,
            FollowUpOpen = true,
            ReviewDecisionReceivedOn = new DateOnly(2026, 11, 22),
            OriginalDepartment = "CARDS",
            Department = "LEGAL",
            IsMajor = true,
            MajorReason = MajorReason.JointComplainants,
            RegulatorName = "国家金融监督管理总局上海监管局",
            RegulatorReference = "SHJG-2026-0042",
        };
        Queries.Add(detail);

        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        Assert.Equal("2026-11-20 07:00", cut.Find("[data-testid=received-at]").TextContent);   // three hours before registration, Shanghai time
        Assert.Equal("银行保险机构（2020）", cut.Find("[data-testid=policy-name]").TextContent);
        Assert.Equal("申请核查、调解", cut.Find("[data-testid=decision-remedies]").TextContent);
        Assert.Equal("2026-11-21 10:00", cut.Find("[data-testid=decision-sent-at]").TextContent);
        Assert.Contains("跟进中", cut.Find("[data-testid=callback-state]").TextContent, StringComparison.Ordinal);
        var review = cut.Find("[data-testid=review-facts]").TextContent;
        Assert.Contains("2026-11-22", review, StringComparison.Ordinal);
        Assert.Contains("信用卡中心", review, StringComparison.Ordinal);
        Assert.Contains("核查中", review, StringComparison.Ordinal);
        var regulator = cut.Find("[data-testid=regulator-facts]").TextContent;
        Assert.Contains("集体投诉", regulator, StringComparison.Ordinal);
        Assert.Contains("SHJG-2026-0042", regulator, StringComparison.Ordinal);
        Assert.Contains("尚未报送", regulator, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complaint_before_its_decision_shows_no_decision_review_or_regulator_sections()
    {
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Investigating);
        Queries.Add(detail);

        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        Assert.Empty(cut.FindAll("[data-testid=decision-facts], [data-testid=review-facts], [data-testid=regulator-facts]"));
        Assert.Equal("Banks and insurers 2020", cut.Find("[data-testid=policy-name]").TextContent);
    }
}
