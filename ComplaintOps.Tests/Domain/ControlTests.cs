using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain;

public sealed class ControlTests
{
    private static readonly HandlingRules Rules = TestRules.Bank2020;   // the builder's default profile

    private static Complaint Proposed(decimal amount, Actor proposer)
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);
        c.Apply((ProposeResolution)ComplaintBuilder.Valid(ComplaintTrigger.ProposeResolution) with { CompensationAmount = amount }, proposer, c.UpdatedAtUtc.AddHours(1), Rules);
        return c;
    }

    [Fact]
    public void A_resolution_within_the_handlers_limit_goes_straight_to_review()
    {
        var c = Proposed(1_000m, TestRules.Handler);

        Assert.True(c.CompensationAuthorized);
        c.Apply(new SubmitForReview(), TestRules.Handler, c.UpdatedAtUtc.AddHours(1), Rules);
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
            Assert.Throws<DomainException>(() => c.Apply(new SubmitForReview(), TestRules.Handler, at, Rules)).Code);
        Assert.Equal(Permission.AuthorizeCompensation,
            Assert.Throws<ForbiddenException>(() => c.Apply(new AuthorizeCompensation(), TestRules.Handler, at, Rules)).Missing);
        var otherHead = new Actor("HLOANS0", "李主任", StaffRole.DepartmentHead, "LOANS");
        Assert.Equal("out_of_scope",
            Assert.Throws<ForbiddenException>(() => c.Apply(new AuthorizeCompensation(), otherHead, at, Rules)).Code);

        c.Apply(new AuthorizeCompensation(), TestRules.Head, at, Rules);
        c.Apply(new SubmitForReview(), TestRules.Handler, at.AddMinutes(5), Rules);

        Assert.Equal(ComplaintStatus.UnderReview, c.Status);
        Assert.Equal(TestRules.Head.Name, c.CompensationAuthorizedBy);
    }

    [Fact]
    public void Above_the_department_heads_limit_only_a_supervisor_can_authorize()
    {
        var c = Proposed(50_000m, TestRules.Handler);
        var at = c.UpdatedAtUtc.AddHours(1);

        Assert.Equal(StaffRole.Supervisor, c.RequiredApprovalRole);
        var ex = Assert.Throws<DomainException>(() => c.Apply(new AuthorizeCompensation(), TestRules.Head, at, Rules));
        Assert.Contains("Supervisor", ex.Message);

        c.Apply(new AuthorizeCompensation(), TestRules.Supervisor, at, Rules);
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
            new Assign("CARDS", "HCARDS2", "named"), TestRules.Agent, c.UpdatedAtUtc.AddHours(1), Rules));

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
            new Reassign("CARDS", "hcards2"), TestRules.Head, c.UpdatedAtUtc.AddHours(1), Rules)).Code);
    }

    [Fact]
    public void Rejection_needs_a_supervisor_and_a_reason()
    {
        var c = new ComplaintBuilder().Build();
        var at = c.UpdatedAtUtc.AddHours(1);

        Assert.Equal("forbidden", Assert.Throws<ForbiddenException>(() => c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Reject), TestRules.Agent, at, Rules)).Code);
        Assert.Equal("invalid_reason", Assert.Throws<DomainException>(() =>
            c.Apply(new Reject(""), TestRules.Supervisor, at, Rules)).Code);
        Assert.Equal(ComplaintStatus.Registered, c.Status);

        c.Apply(new Reject("恶意重复投诉 malicious duplicate"), TestRules.Supervisor, at, Rules);
        Assert.Equal(ComplaintStatus.Rejected, c.Status);
        Assert.All(c.Clocks, k => Assert.Equal(ClockState.Stopped, k.StateAt(at.AddDays(90), 0.8)));
        Assert.Null(c.NextDueAtUtc);
    }

    [Fact]
    public void Withdrawal_stops_every_clock()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);

        c.Apply(new Withdraw("客户主动撤诉"), TestRules.Agent, c.UpdatedAtUtc.AddHours(1), Rules);

        Assert.Equal(ComplaintStatus.Withdrawn, c.Status);
        Assert.DoesNotContain(c.Clocks, k => k.IsRunning);
    }

    [Fact]
    public void Only_the_supervision_team_reviews_results()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.UnderReview);

        Assert.Equal("forbidden", Assert.Throws<ForbiddenException>(() =>
            c.Apply(new Approve(), TestRules.Head, c.UpdatedAtUtc.AddHours(1), Rules)).Code);
        c.Apply(new ReturnForRework("根因分析不充分"), TestRules.Supervisor, c.UpdatedAtUtc.AddHours(1), Rules);
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
            c.Apply(new AddNote("x"), TestRules.Auditor, c.UpdatedAtUtc, Rules)).Code);
        Assert.Throws<ForbiddenException>(() => Complaint.Register(ComplaintBuilder.Sample(), TestRules.Auditor, c.UpdatedAtUtc, Rules));
    }

    [Fact]
    public void A_repeat_with_no_new_facts_is_merged_and_leaves_the_original_clock_alone()
    {
        var original = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);
        var repeat = new ComplaintBuilder().At(TestRules.Local(2026, 3, 9, 9)).Build();
        var due = original.Clocks.Single(k => k.Kind == ClockKind.Resolve).DueAtUtc;
        var at = TestRules.Local(2026, 3, 9, 10);

        repeat.Apply(new Merge(original.Id, "重复投诉"), TestRules.Agent, at, Rules);
        original.Apply(new RecordRepeat(repeat.Id, HasNewFacts: false), TestRules.Agent, at, Rules);

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

        original.Apply(new RecordRepeat(Guid.CreateVersion7(), HasNewFacts: true), TestRules.Agent, at, Rules);

        var resolveClocks = original.Clocks.Where(k => k.Kind == ClockKind.Resolve).ToList();
        Assert.Equal(2, resolveClocks.Count);
        Assert.Equal(ClockState.Stopped, resolveClocks[0].StateAt(at, 0.8));
        Assert.Equal(TestRules.EndOfDay(2026, 3, 24), resolveClocks[1].DueAtUtc);   // 15 natural days from 9 March
    }

    [Fact]
    public void An_appeal_reopens_the_case_in_a_new_flagged_round_whose_resolve_clock_runs_from_the_filing()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Closed);
        var at = TestRules.Local(2026, 3, 5, 16);   // Thursday

        c.Apply(new Appeal("客户对退款金额不满"), TestRules.Agent, at, Rules);
        Assert.Equal(ComplaintStatus.Appealed, c.Status);
        Assert.Equal(at, c.Clocks.Single(k => k.Kind == ClockKind.Resolve && k.Round == 2).StartedAtUtc);   // running before anyone reopens
        c.Apply(new Reopen("受理申诉"), TestRules.Supervisor, TestRules.Local(2026, 3, 9, 10), Rules);

        Assert.Equal(ComplaintStatus.Investigating, c.Status);
        Assert.Equal(2, c.Round);
        Assert.True(c.IsAppealRound);
        var roundTwo = c.Clocks.Single(k => k.Kind == ClockKind.Resolve && k.Round == 2);
        Assert.True(roundTwo.IsRunning);
        Assert.Equal(at, roundTwo.StartedAtUtc);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 20), roundTwo.DueAtUtc);   // 5 March + 15 natural days, not from the reopening on 9 March
        Assert.Equal(ClockKind.Resolve, c.NextDueClock);
    }

    [Fact]
    public void Available_triggers_leave_out_what_the_complaints_own_state_rules_out()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);
        Assert.Contains(ComplaintTrigger.Acknowledge, c.AvailableTriggers(TestRules.AllPowers, Rules, c.UpdatedAtUtc));
        Assert.Contains(ComplaintTrigger.Pause, c.AvailableTriggers(TestRules.AllPowers, Rules, c.UpdatedAtUtc));
        Assert.DoesNotContain(ComplaintTrigger.Resume, c.AvailableTriggers(TestRules.AllPowers, Rules, c.UpdatedAtUtc));

        c.Apply(new Acknowledge(), TestRules.Agent, c.UpdatedAtUtc.AddMinutes(1), Rules);
        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Pause), TestRules.Handler, c.UpdatedAtUtc.AddMinutes(1), Rules);

        Assert.DoesNotContain(ComplaintTrigger.Acknowledge, c.AvailableTriggers(TestRules.AllPowers, Rules, c.UpdatedAtUtc));
        Assert.DoesNotContain(ComplaintTrigger.Pause, c.AvailableTriggers(TestRules.AllPowers, Rules, c.UpdatedAtUtc));
        Assert.Contains(ComplaintTrigger.Resume, c.AvailableTriggers(TestRules.AllPowers, Rules, c.UpdatedAtUtc));
        Assert.All(c.AvailableTriggers(TestRules.AllPowers, Rules, c.UpdatedAtUtc), t => Assert.True(ComplaintWorkflow.IsPermitted(c.Status, t)));

        var pending = Proposed(5_000m, TestRules.Handler);
        Assert.Contains(ComplaintTrigger.AuthorizeCompensation, pending.AvailableTriggers(TestRules.AllPowers, Rules, pending.UpdatedAtUtc));
        Assert.DoesNotContain(ComplaintTrigger.SubmitForReview, pending.AvailableTriggers(TestRules.AllPowers, Rules, pending.UpdatedAtUtc));
        Assert.DoesNotContain(ComplaintTrigger.AuthorizeCompensation, Proposed(500m, TestRules.Handler).AvailableTriggers(TestRules.AllPowers, Rules, TestRules.Local(2026, 3, 3)));
    }
}
