using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain;

public sealed class ControlTests
{
    private static readonly HandlingRules Rules = TestRules.Bank2012;

    private static Complaint Proposed(decimal amount, Actor proposer)
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);
        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.ProposeResolution) with { CompensationAmount = amount }, proposer, c.UpdatedAtUtc.AddHours(1), Rules);
        return c;
    }

    [Fact]
    public void A_resolution_within_the_handlers_limit_goes_straight_to_review()
    {
        var c = Proposed(1_000m, TestRules.Handler);

        Assert.True(c.CompensationAuthorized);
        c.Apply(new ComplaintAction(ComplaintTrigger.SubmitForReview), TestRules.Handler, c.UpdatedAtUtc.AddHours(1), Rules);
        Assert.Equal(ComplaintStatus.UnderReview, c.Status);
    }

    [Fact]
    public void A_resolution_above_the_handlers_limit_waits_for_a_tier_that_covers_it()
    {
        var c = Proposed(5_000m, TestRules.Handler);
        var at = c.UpdatedAtUtc.AddHours(1);

        Assert.False(c.CompensationAuthorized);
        Assert.Equal(StaffRole.DepartmentHead, c.RequiredApprovalRole);
        Assert.Equal("authorization_pending",
            Assert.Throws<DomainException>(() => c.Apply(new ComplaintAction(ComplaintTrigger.SubmitForReview), TestRules.Handler, at, Rules)).Code);
        Assert.Equal(Permission.AuthorizeCompensation,
            Assert.Throws<ForbiddenException>(() => c.Apply(new ComplaintAction(ComplaintTrigger.AuthorizeCompensation), TestRules.Handler, at, Rules)).Missing);
        var otherHead = new Actor("HLOANS0", "李主任", StaffRole.DepartmentHead, "LOANS");
        Assert.Equal("out_of_scope",
            Assert.Throws<ForbiddenException>(() => c.Apply(new ComplaintAction(ComplaintTrigger.AuthorizeCompensation), otherHead, at, Rules)).Code);

        c.Apply(new ComplaintAction(ComplaintTrigger.AuthorizeCompensation), TestRules.Head, at, Rules);
        c.Apply(new ComplaintAction(ComplaintTrigger.SubmitForReview), TestRules.Handler, at.AddMinutes(5), Rules);

        Assert.Equal(ComplaintStatus.UnderReview, c.Status);
        Assert.Equal(TestRules.Head.Name, c.CompensationAuthorizedBy);
    }

    [Fact]
    public void Above_the_department_heads_limit_only_a_supervisor_can_authorize()
    {
        var c = Proposed(50_000m, TestRules.Handler);
        var at = c.UpdatedAtUtc.AddHours(1);

        Assert.Equal(StaffRole.Supervisor, c.RequiredApprovalRole);
        var ex = Assert.Throws<DomainException>(() => c.Apply(new ComplaintAction(ComplaintTrigger.AuthorizeCompensation), TestRules.Head, at, Rules));
        Assert.Contains("Supervisor", ex.Message);

        c.Apply(new ComplaintAction(ComplaintTrigger.AuthorizeCompensation), TestRules.Supervisor, at, Rules);
        Assert.True(c.CompensationAuthorized);
    }

    [Fact]
    public void A_department_head_proposing_within_their_own_limit_needs_no_further_authorization()
    {
        Assert.True(Proposed(8_000m, TestRules.Head).CompensationAuthorized);
    }

    [Fact]
    public void A_complaint_cannot_be_assigned_to_the_employee_it_names()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Classified);   // names HCARDS2
        var version = c.Version;

        var ex = Assert.Throws<DomainException>(() => c.Apply(
            ComplaintBuilder.Valid(ComplaintTrigger.Assign) with { HandlerId = "HCARDS2", HandlerName = "named" }, TestRules.Agent, c.UpdatedAtUtc.AddHours(1), Rules));

        Assert.Equal("recusal", ex.Code);
        Assert.Equal(version, c.Version);
        Assert.Null(c.HandlerId);
        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Assign), TestRules.Agent, c.UpdatedAtUtc.AddHours(1), Rules);
        Assert.Equal("HCARDS1", c.HandlerId);
    }

    [Fact]
    public void Reassigning_to_the_named_employee_is_refused_too()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Assigned);

        Assert.Equal("recusal", Assert.Throws<DomainException>(() => c.Apply(
            ComplaintBuilder.Valid(ComplaintTrigger.Reassign) with { HandlerId = "hcards2" }, TestRules.Head, c.UpdatedAtUtc.AddHours(1), Rules)).Code);
    }

    [Fact]
    public void Rejection_needs_a_supervisor_and_a_reason()
    {
        var c = new ComplaintBuilder().Build();
        var at = c.UpdatedAtUtc.AddHours(1);

        Assert.Equal("forbidden", Assert.Throws<ForbiddenException>(() => c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Reject), TestRules.Agent, at, Rules)).Code);
        Assert.Equal("invalid_reason", Assert.Throws<DomainException>(() =>
            c.Apply(new ComplaintAction(ComplaintTrigger.Reject), TestRules.Supervisor, at, Rules)).Code);
        Assert.Equal(ComplaintStatus.Registered, c.Status);

        c.Apply(new ComplaintAction(ComplaintTrigger.Reject) { Reason = "恶意重复投诉 malicious duplicate" }, TestRules.Supervisor, at, Rules);
        Assert.Equal(ComplaintStatus.Rejected, c.Status);
        Assert.All(c.Clocks, k => Assert.Equal(ClockState.Stopped, k.StateAt(at.AddDays(90), 0.8)));
        Assert.Null(c.NextDueAtUtc);
    }

    [Fact]
    public void Withdrawal_stops_every_clock()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);

        c.Apply(new ComplaintAction(ComplaintTrigger.Withdraw) { Reason = "客户主动撤诉" }, TestRules.Agent, c.UpdatedAtUtc.AddHours(1), Rules);

        Assert.Equal(ComplaintStatus.Withdrawn, c.Status);
        Assert.DoesNotContain(c.Clocks, k => k.IsRunning);
    }

    [Fact]
    public void Only_the_supervision_team_reviews_results()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.UnderReview);

        Assert.Equal("forbidden", Assert.Throws<ForbiddenException>(() =>
            c.Apply(new ComplaintAction(ComplaintTrigger.Approve), TestRules.Head, c.UpdatedAtUtc.AddHours(1), Rules)).Code);
        c.Apply(new ComplaintAction(ComplaintTrigger.ReturnForRework) { Reason = "根因分析不充分" }, TestRules.Supervisor, c.UpdatedAtUtc.AddHours(1), Rules);
        Assert.Equal(ComplaintStatus.Investigating, c.Status);
    }

    [Fact]
    public void The_first_responder_stays_named_whoever_works_on_the_complaint_later()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Closed);

        Assert.Equal(TestRules.Agent.Id, c.FirstResponderId);
        Assert.Equal(TestRules.Agent.Name, c.FirstResponderName);
        Assert.Equal(TestRules.Agent.Id, c.Events[0].ActorId);
    }

    [Fact]
    public void Auditors_can_read_but_not_act()
    {
        var c = new ComplaintBuilder().Build();

        Assert.Equal("forbidden", Assert.Throws<ForbiddenException>(() =>
            c.Apply(new ComplaintAction(ComplaintTrigger.AddNote) { Note = "x" }, TestRules.Auditor, c.UpdatedAtUtc, Rules)).Code);
        Assert.Throws<ForbiddenException>(() => Complaint.Register(ComplaintBuilder.Sample(), TestRules.Auditor, c.UpdatedAtUtc, Rules));
    }

    [Fact]
    public void A_repeat_with_no_new_facts_is_merged_and_leaves_the_original_clock_alone()
    {
        var original = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);
        var repeat = new ComplaintBuilder().At(TestRules.Local(2026, 3, 9, 9)).Build();
        var due = original.Clocks.Single(k => k.Kind == ClockKind.Resolve).DueAtUtc;
        var at = TestRules.Local(2026, 3, 9, 10);

        repeat.Apply(new ComplaintAction(ComplaintTrigger.Merge) { RelatedComplaintId = original.Id, Reason = "重复投诉" }, TestRules.Agent, at, Rules);
        original.Apply(new ComplaintAction(ComplaintTrigger.RecordRepeat) { RelatedComplaintId = repeat.Id, HasNewFacts = false }, TestRules.Agent, at, Rules);

        Assert.Equal(ComplaintStatus.Merged, repeat.Status);
        Assert.Equal(original.Id, repeat.MergedIntoId);
        Assert.DoesNotContain(repeat.Clocks, k => k.IsRunning);
        Assert.Equal(1, original.RepeatCount);
        Assert.Equal(due, original.Clocks.Single(k => k.Kind == ClockKind.Resolve && k.IsRunning).DueAtUtc);
    }

    [Fact]
    public void A_repeat_bringing_new_facts_restarts_the_resolve_clock()
    {
        var original = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);
        var at = TestRules.Local(2026, 3, 9, 10);

        original.Apply(new ComplaintAction(ComplaintTrigger.RecordRepeat) { RelatedComplaintId = Guid.CreateVersion7(), HasNewFacts = true }, TestRules.Agent, at, Rules);

        var resolveClocks = original.Clocks.Where(k => k.Kind == ClockKind.Resolve).ToList();
        Assert.Equal(2, resolveClocks.Count);
        Assert.Equal(ClockState.Stopped, resolveClocks[0].StateAt(at, 0.8));
        Assert.Equal(TestRules.EndOfDay(2026, 3, 30), resolveClocks[1].DueAtUtc);   // 15 working days from 9 March
    }

    [Fact]
    public void An_appeal_reopens_the_case_in_a_new_flagged_round_with_a_new_resolve_clock()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Closed);
        var at = c.UpdatedAtUtc.AddDays(3);

        c.Apply(new ComplaintAction(ComplaintTrigger.Appeal) { Reason = "客户对退款金额不满" }, TestRules.Agent, at, Rules);
        Assert.Equal(ComplaintStatus.Appealed, c.Status);
        c.Apply(new ComplaintAction(ComplaintTrigger.Reopen) { Reason = "受理申诉" }, TestRules.Supervisor, at.AddHours(1), Rules);

        Assert.Equal(ComplaintStatus.Investigating, c.Status);
        Assert.Equal(2, c.Round);
        Assert.True(c.IsAppealRound);
        var roundTwo = c.Clocks.Single(k => k.Kind == ClockKind.Resolve && k.Round == 2);
        Assert.True(roundTwo.IsRunning);
        Assert.Equal(ClockKind.Resolve, c.NextDueClock);
    }

    [Fact]
    public void Available_triggers_leave_out_what_the_complaints_own_state_rules_out()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);
        Assert.Contains(ComplaintTrigger.Acknowledge, c.AvailableTriggers(TestRules.AllPowers, Rules.Tiers));
        Assert.Contains(ComplaintTrigger.Pause, c.AvailableTriggers(TestRules.AllPowers, Rules.Tiers));
        Assert.DoesNotContain(ComplaintTrigger.Resume, c.AvailableTriggers(TestRules.AllPowers, Rules.Tiers));

        c.Apply(new ComplaintAction(ComplaintTrigger.Acknowledge), TestRules.Agent, c.UpdatedAtUtc.AddMinutes(1), Rules);
        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Pause), TestRules.Handler, c.UpdatedAtUtc.AddMinutes(1), Rules);

        Assert.DoesNotContain(ComplaintTrigger.Acknowledge, c.AvailableTriggers(TestRules.AllPowers, Rules.Tiers));
        Assert.DoesNotContain(ComplaintTrigger.Pause, c.AvailableTriggers(TestRules.AllPowers, Rules.Tiers));
        Assert.Contains(ComplaintTrigger.Resume, c.AvailableTriggers(TestRules.AllPowers, Rules.Tiers));
        Assert.All(c.AvailableTriggers(TestRules.AllPowers, Rules.Tiers), t => Assert.True(ComplaintWorkflow.IsPermitted(c.Status, t)));

        var pending = Proposed(5_000m, TestRules.Handler);
        Assert.Contains(ComplaintTrigger.AuthorizeCompensation, pending.AvailableTriggers(TestRules.AllPowers, Rules.Tiers));
        Assert.DoesNotContain(ComplaintTrigger.SubmitForReview, pending.AvailableTriggers(TestRules.AllPowers, Rules.Tiers));
        Assert.DoesNotContain(ComplaintTrigger.AuthorizeCompensation, Proposed(500m, TestRules.Handler).AvailableTriggers(TestRules.AllPowers, Rules.Tiers));
    }
}
