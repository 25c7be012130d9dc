using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Effectiveness;
using ComplaintOps.Tests.TestInfrastructure;

namespace ComplaintOps.Tests.Domain.Governance;

/// <summary>An action item's lifecycle: owner, evidence, completion date, escalation; every change an event with its actor.</summary>
public sealed class RootCauseActionTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly ActionOwner Owner = new("HCARDS1", "刘敏", "CARDS");

    private static RootCauseAction NewAction(DateOnly? due = null) =>
        RootCauseAction.Create(RootCauseTarget.OfProduct("白金卡"), "年费提醒短信", Owner, null, due ?? Today.AddDays(10), Today, Now, TestRules.Supervisor);

    [Fact]
    public void The_owner_records_progress_and_completes_with_evidence_each_step_an_event_naming_who()
    {
        var action = NewAction();
        Assert.Equal(("HCARDS1", "刘敏", "CARDS"), (action.OwnerId, action.OwnerName, action.Department));   // department defaults to the owner's

        action.RecordProgress("模板已起草", Now.AddDays(1), TestRules.Handler);
        Assert.Equal(RootCauseActionStatus.InProgress, action.Status);
        var noEvidence = Assert.Throws<DomainException>(() => action.Complete("  ", Today.AddDays(2), Today.AddDays(2), Now.AddDays(2), TestRules.Handler));
        var future = Assert.Throws<DomainException>(() => action.Complete("上线", Today.AddDays(3), Today.AddDays(2), Now.AddDays(2), TestRules.Handler));
        Assert.Equal(("evidence_required", "invalid_completion_date"), (noEvidence.Code, future.Code));
        Assert.Equal(RootCauseActionStatus.InProgress, action.Status);   // refusals change nothing

        action.Complete("短信已上线，变更单 CR-1", Today.AddDays(1), Today.AddDays(2), Now.AddDays(2), TestRules.Handler);

        Assert.Equal((RootCauseActionStatus.Done, "短信已上线，变更单 CR-1", Today.AddDays(1)), (action.Status, action.Evidence, action.CompletedOn));
        Assert.Equal(Now.AddDays(2), action.CompletedAtUtc);
        Assert.Equal(
            [
                (GovernanceEventKind.ActionCreated, "title", null, "年费提醒短信", "S001"),
                (GovernanceEventKind.ProgressRecorded, "progress", null, "模板已起草", "HCARDS1"),
                (GovernanceEventKind.ActionStarted, "status", "Open", "InProgress", "HCARDS1"),
                (GovernanceEventKind.ActionCompleted, "evidence", null, "短信已上线，变更单 CR-1", "HCARDS1"),
                (GovernanceEventKind.ActionCompleted, "status", "InProgress", "Done", "HCARDS1"),
            ],
            action.NewEvents.Select(e => (e.Kind, e.Field, e.OldValue, e.NewValue, e.ActorId)).ToArray());
        Assert.All(action.NewEvents, e => Assert.Equal(action.Id, e.ActionId));
        Assert.Equal("already_done", Assert.Throws<DomainException>(() => action.Complete("again", Today, Today.AddDays(2), Now.AddDays(3), TestRules.Supervisor)).Code);
    }

    [Fact]
    public void Only_the_owner_or_a_manager_of_actions_may_update_and_only_a_manager_may_create()
    {
        var action = NewAction();
        var colleague = new Actor("HCARDS2", "同事", StaffRole.Handler, "CARDS");

        Assert.IsType<ForbiddenException>(Assert.ThrowsAny<DomainException>(() => action.RecordProgress("x", Now, colleague)));
        Assert.IsType<ForbiddenException>(Assert.ThrowsAny<DomainException>(() => action.Complete("x", Today, Today, Now, TestRules.Head)));
        Assert.IsType<ForbiddenException>(Assert.ThrowsAny<DomainException>(() =>
            RootCauseAction.Create(RootCauseTarget.OfProduct("白金卡"), "t", Owner, null, Today, Today, Now, TestRules.Handler)));
        action.Start(Now, TestRules.Manager);   // positive control: a manager may
        Assert.Equal(RootCauseActionStatus.InProgress, action.Status);
    }

    [Fact]
    public void An_overdue_action_is_escalated_once_and_a_done_or_timely_one_never()
    {
        var action = NewAction(due: Today.AddDays(1));
        var head = new ActionOwner("HCARDS0", "张杰主任", "CARDS");
        var scheduler = Actor.System("scheduler");

        Assert.False(action.Escalate(Today.AddDays(1), head, Now, scheduler));   // due today: not overdue yet
        Assert.True(action.Escalate(Today.AddDays(2), head, Now.AddDays(2), scheduler));
        Assert.False(action.Escalate(Today.AddDays(3), head, Now.AddDays(3), scheduler));
        Assert.Equal(Now.AddDays(2), action.EscalatedAtUtc);
        Assert.Single(action.NewEvents, e => e.Kind == GovernanceEventKind.ActionEscalated && e.NewValue == "HCARDS0 张杰主任");

        var done = NewAction(due: Today.AddDays(1));
        done.Complete("done", Today, Today, Now, TestRules.Supervisor);
        Assert.False(done.Escalate(Today.AddDays(5), head, Now.AddDays(5), scheduler));
    }

    [Theory]
    [InlineData(RootCauseTargetKind.Category, " CARD ", "CARD")]
    [InlineData(RootCauseTargetKind.Product, "白金卡", "白金卡")]
    [InlineData(RootCauseTargetKind.Department, "LOANS", "LOANS")]
    [InlineData(RootCauseTargetKind.Partner, " acme ", "ACME")]
    public void Coded_targets_keep_their_kind_and_come_back_from_their_columns(RootCauseTargetKind kind, string input, string code)
    {
        var target = kind switch
        {
            RootCauseTargetKind.Category => RootCauseTarget.OfCategory(input),
            RootCauseTargetKind.Product => RootCauseTarget.OfProduct(input),
            RootCauseTargetKind.Department => RootCauseTarget.OfDepartment(input),
            _ => RootCauseTarget.OfPartner(input),
        };

        Assert.Equal((kind, code, (TopicKey?)null), (target.Kind, target.Code, target.Topic));
        Assert.Equal(target, RootCauseTarget.Of(kind, null, code));
        var action = RootCauseAction.Create(target, "t", Owner, null, Today, Today, Now, TestRules.Supervisor);
        Assert.Equal((kind, null, code), (action.TargetKind, action.TopicId, action.TargetCode));
        Assert.Equal(target, action.Target);
        Assert.Equal("validation_failed", Assert.Throws<DomainException>(() => RootCauseTarget.Of(kind, null, " ")).Code);
    }

    [Fact]
    public void Product_department_and_partner_targets_measure_their_complaints()
    {
        var done = new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero);
        ComplaintOutcome O(int day, string dept, string product, int repeats = 0) => new(Guid.NewGuid(), dept, "CARD", Channel.Phone, product, ComplaintStatus.Closed,
            done.AddDays(day), done.AddDays(day), null, done.AddDays(day + 1), 5, 1, repeats, 0m, true, [], []);
        ComplaintOutcome[] outcomes =
        [
            O(-10, "CARDS", "白金卡", 1) with { PartnerCode = "ACME" }, O(-3, "CARDS", "金卡"), O(-2, "LOANS", "白金卡") with { PartnerCode = "ACME" },
            O(2, "CARDS", "白金卡"), O(20, "CARDS", "白金卡"),
        ];

        var product = ActionEffectCalculator.Measure(RootCauseTarget.OfProduct("白金卡"), done, outcomes, weeks: 2, nowUtc: done.AddDays(15));
        var department = ActionEffectCalculator.Measure(RootCauseTarget.OfDepartment("CARDS"), done, outcomes, weeks: 2, nowUtc: done.AddDays(15));

        // 白金卡: before −10, −2 → 2 in 2 weeks (one of them a repeat); after (2 whole weeks): day 2 → 1 in 2 weeks
        Assert.Equal((1.0, 0.5, 0.5, 0.0), (product.BeforeWeeklyVolume, product.AfterWeeklyVolume!.Value, product.BeforeRepeatRate!.Value, product.AfterRepeatRate!.Value));
        Assert.Equal((done.AddDays(-14), done, done.AddDays(14)), (product.BeforeFromUtc, product.CompletedAtUtc, product.AfterToUtc));
        Assert.Equal((1.0, 0.5), (department.BeforeWeeklyVolume, department.AfterWeeklyVolume!.Value));   // CARDS: −10, −3 | 2
        var partner = ActionEffectCalculator.Measure(RootCauseTarget.OfPartner("ACME"), done, outcomes, weeks: 2, nowUtc: done.AddDays(15));
        Assert.Equal((1.0, 0.0), (partner.BeforeWeeklyVolume, partner.AfterWeeklyVolume!.Value));   // ACME: −10, −2 | none after
    }
}
