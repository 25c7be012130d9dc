using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain.Rules;

/// <summary>
/// Bank2020's two extension stages (art. 18): stage 1 (to 30 days) by someone who may extend, stage 2 (to 60) only with a
/// senior manager's approval; in order; never after the breach, and a breach stays a breach whatever is tried afterwards.
/// </summary>
public sealed class ExtensionTests
{
    private static readonly HandlingRules Rules = TestRules.Bank2020;

    private static readonly Extend Stage1 = new(1, "需调取第三方支付机构记录", "已短信告知客户延长至30日及理由");
    private static readonly Extend Stage2 = new(2, "涉及总行系统改造", "已书面告知客户再延长30日");

    /// <summary>
    /// Registered Mon 2 Mar 2026 09:00, investigating from 12:00 and acknowledged at 13:00, so the decision clock (due Tue
    /// 17 Mar, 15 natural days) is its nearest.
    /// </summary>
    private static Complaint Investigating()
    {
        var c = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);
        c.Apply(new Acknowledge(), TestRules.Agent, TestRules.Local(2026, 3, 2, 13), Rules);
        return c;
    }

    private static ComplaintClock Resolve(Complaint c) => c.Clocks.Single(k => k.Kind == ClockKind.Resolve);

    [Fact]
    public void Stage_two_is_refused_for_a_department_head_and_granted_by_the_manager()
    {
        var c = Investigating();
        c.Apply(Stage1, TestRules.Head, TestRules.Local(2026, 3, 10), Rules);
        var due = Resolve(c).DueAtUtc;
        var version = c.Version;

        var refused = Assert.Throws<DomainException>(() => c.Apply(Stage2, TestRules.Head, TestRules.Local(2026, 3, 20), Rules));

        Assert.Equal("extension_approver", refused.Code);
        Assert.Equal(due, Resolve(c).DueAtUtc);
        Assert.Equal(version, c.Version);
        Assert.DoesNotContain(ComplaintTrigger.Extend, c.AvailableTriggers(TestRules.Head, Rules, TestRules.Local(2026, 3, 20)));
        Assert.Contains(ComplaintTrigger.Extend, c.AvailableTriggers(TestRules.Manager, Rules, TestRules.Local(2026, 3, 20)));

        c.Apply(Stage2, TestRules.Manager, TestRules.Local(2026, 3, 20), Rules);

        Assert.Equal(2, Resolve(c).ExtensionStages);
        Assert.Equal(TestRules.EndOfDay(2026, 5, 1), Resolve(c).DueAtUtc);   // 2 Mar + 60 natural days
        Assert.Equal(TestRules.Manager.Id, c.Events[^1].ActorId);
    }

    [Fact]
    public void Stages_are_taken_in_order()
    {
        var c = Investigating();
        var at = TestRules.Local(2026, 3, 10);

        Assert.Equal("extension_stage", Assert.Throws<DomainException>(() => c.Apply(Stage2, TestRules.Manager, at, Rules)).Code);
        Assert.Equal(0, Resolve(c).ExtensionStages);

        c.Apply(Stage1, TestRules.Manager, at, Rules);   // the manager may also grant stage 1
        Assert.Equal("extension_stage", Assert.Throws<DomainException>(() => c.Apply(Stage1, TestRules.Manager, at, Rules)).Code);
        Assert.Equal(1, Resolve(c).ExtensionStages);
        Assert.Equal(TestRules.EndOfDay(2026, 4, 1), Resolve(c).DueAtUtc);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Any_extension_after_the_breach_is_refused(int stagesBefore)
    {
        var c = Investigating();
        if (stagesBefore == 2)
        {
            c.Apply(Stage1, TestRules.Head, TestRules.Local(2026, 3, 10), Rules);
        }

        var due = Resolve(c).DueAtUtc;
        var late = due.AddMinutes(1);
        var next = stagesBefore == 1 ? Stage1 : Stage2;
        var version = c.Version;

        var ex = Assert.Throws<DomainException>(() => c.Apply(next, TestRules.Manager, late, Rules));

        Assert.Equal("clock_breached", ex.Code);
        Assert.Equal(due, Resolve(c).DueAtUtc);
        Assert.Equal(version, c.Version);
        Assert.DoesNotContain(ComplaintTrigger.Extend, c.AvailableTriggers(TestRules.Manager, Rules, late));
        c.Apply(next, TestRules.Manager, due, Rules);   // positive control: at the due date itself it is still in time
    }

    [Fact]
    public void A_breach_stays_a_breach_after_pause_and_extension_attempts()
    {
        var c = Investigating();
        var due = Resolve(c).DueAtUtc;   // Tue 17 Mar 23:59:59
        var late = TestRules.Local(2026, 3, 18, 10);

        c.Apply(new Pause(PauseReason.ExternalAppraisal, CustomerNotified: true, "送鉴定"), TestRules.Handler, late, Rules);
        Assert.Throws<DomainException>(() => c.Apply(Stage1, TestRules.Manager, late.AddHours(1), Rules));
        c.Apply(new Resume(), TestRules.Handler, late.AddDays(3), Rules);

        var state = c.ClockStates(late.AddDays(4), Rules.Policy.AtRiskFraction).Single(s => s.Clock.Kind == ClockKind.Resolve).State;
        Assert.Equal(ClockState.Breached, state);
        Assert.Equal(due, Resolve(c).DueAtUtc);
        Assert.Equal(TimeSpan.Zero, Resolve(c).Excluded);
        Assert.Null(Resolve(c).PausedAtUtc);
        Assert.Equal(due, c.NextDueAtUtc);   // the queue sorts and filters by this: still overdue, still listed
        Assert.Equal(ClockKind.Resolve, c.NextDueClock);
        Assert.Null(Resolve(c).Recompute(Rules.Calendar, late.AddDays(4)));   // a calendar edit does not move it either
    }

    [Fact]
    public void While_paused_at_breach_time_the_complaint_keeps_its_overdue_due_date()
    {
        var c = Investigating();
        var late = TestRules.Local(2026, 3, 18, 10);

        c.Apply(new Pause(PauseReason.ExternalAppraisal, CustomerNotified: true, "送鉴定"), TestRules.Handler, late, Rules);

        Assert.True(c.IsPaused);
        Assert.False(Resolve(c).IsPaused);   // a breached clock is not paused
        Assert.Equal(TestRules.EndOfDay(2026, 3, 17), c.NextDueAtUtc);
        Assert.True(Resolve(c).IsBreachedAt(late));
    }
}
