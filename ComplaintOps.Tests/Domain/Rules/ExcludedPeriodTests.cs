using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain.Rules;

/// <summary>
/// Excluded periods (Bank2020): appraisal, testing, assessment (art. 18) and mediation (art. 23) stop the legal decision
/// clock, which then moves by exactly the elapsed time it stood still; waiting for the customer or a lawsuit do not stop
/// it (the profile marks internal clocks such as StartInvestigation pausable instead).
/// </summary>
public sealed class ExcludedPeriodTests
{
    private static readonly HandlingRules Rules = TestRules.Bank2020;

    private static ComplaintClock Clock(Complaint c, ClockKind kind) => c.Clocks.Last(k => k.Kind == kind);

    /// <summary>Investigating from 12:00 on Mon 2 Mar 2026; the decision is due Tue 17 Mar 23:59:59 (15 natural days).</summary>
    private static Complaint Investigating() => new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);

    [Theory]
    [InlineData(PauseReason.ExternalAppraisal)]
    [InlineData(PauseReason.Mediation)]
    public void An_excludable_pause_across_midnight_moves_the_legal_due_date_by_exactly_the_paused_hours(PauseReason reason)
    {
        var c = Investigating();
        var due = Clock(c, ClockKind.Resolve).DueAtUtc;
        Assert.Equal(TestRules.EndOfDay(2026, 3, 17), due);

        c.Apply(new Pause(reason, CustomerNotified: true, "外部鉴定/调解"), TestRules.Handler, TestRules.Local(2026, 3, 5, 23), Rules);
        Assert.Equal(ClockState.Paused, c.ClockStates(TestRules.Local(2026, 3, 6), 0.8).Single(s => s.Clock.Kind == ClockKind.Resolve).State);
        c.Apply(new Resume(), TestRules.Handler, TestRules.Local(2026, 3, 6, 1), Rules);   // 23:00 → 01:00: two hours, over midnight

        // Two hours, not a day: Tue 17 Mar 23:59:59 + 2 h = Wed 18 Mar 01:59:59 local.
        Assert.Equal(due + TimeSpan.FromHours(2), Clock(c, ClockKind.Resolve).DueAtUtc);
        Assert.Equal(TestRules.Local(2026, 3, 18, 1, 59).AddSeconds(59), Clock(c, ClockKind.Resolve).DueAtUtc);
        Assert.Equal(TimeSpan.FromHours(2), Clock(c, ClockKind.Resolve).Excluded);
    }

    [Fact]
    public void Two_excluded_periods_add_up()
    {
        var c = Investigating();
        var due = Clock(c, ClockKind.Resolve).DueAtUtc;

        c.Apply(new Pause(PauseReason.ExternalAppraisal, CustomerNotified: true), TestRules.Handler, TestRules.Local(2026, 3, 3, 10), Rules);
        c.Apply(new Resume(), TestRules.Handler, TestRules.Local(2026, 3, 3, 13, 30), Rules);   // 3 h 30 min
        c.Apply(new Pause(PauseReason.Mediation, CustomerNotified: true), TestRules.Handler, TestRules.Local(2026, 3, 7, 9), Rules);
        c.Apply(new Resume(), TestRules.Handler, TestRules.Local(2026, 3, 9, 9), Rules);         // Saturday to Monday: 48 h

        Assert.Equal(due + TimeSpan.FromHours(51.5), Clock(c, ClockKind.Resolve).DueAtUtc);
    }

    [Theory]
    [InlineData(PauseReason.WaitingForCustomer)]
    [InlineData(PauseReason.Litigation)]
    public void Waiting_for_the_customer_or_a_lawsuit_does_not_move_the_legal_due_date(PauseReason reason)
    {
        var c = Investigating();
        c.Apply(new Acknowledge(), TestRules.Agent, TestRules.Local(2026, 3, 2, 13), Rules);   // so the decision clock is the nearest
        var legalDue = Clock(c, ClockKind.Resolve).DueAtUtc;

        c.Apply(new Pause(reason, CustomerNotified: true, "等待客户补充材料"), TestRules.Handler, TestRules.Local(2026, 3, 3, 10), Rules);
        Assert.True(c.IsPaused);
        Assert.Equal(ClockState.OnTime, c.ClockStates(TestRules.Local(2026, 3, 4, 10), 0.8).Single(s => s.Clock.Kind == ClockKind.Resolve).State);
        Assert.Equal(legalDue, c.NextDueAtUtc);   // still the date the queue works to
        c.Apply(new Resume(), TestRules.Handler, TestRules.Local(2026, 3, 6, 10), Rules);

        Assert.Equal(legalDue, Clock(c, ClockKind.Resolve).DueAtUtc);
        Assert.Equal(TimeSpan.Zero, Clock(c, ClockKind.Resolve).Excluded);
    }

    [Fact]
    public void Bank2020_excludes_only_appraisal_and_mediation_from_its_legal_clock_and_lets_internal_start_clock_pause()
    {
        var policy = SlaPolicies.Bank2020;

        Assert.Equal([PauseReason.ExternalAppraisal, PauseReason.Mediation], policy.ExcludableReasons.Order());
        Assert.True(policy.Rule(ClockKind.Resolve).Legal);
        Assert.False(policy.Rule(ClockKind.StartInvestigation).Legal);
        Assert.True(policy.Rule(ClockKind.StartInvestigation).Pausable);
        // The 2012 notice, the CFPB and DISP profiles exclude nothing: their decision clocks run through every wait.
        Assert.All(new[] { SlaPolicies.Bank2012, SlaPolicies.Cfpb, SlaPolicies.UkDisp }, p => Assert.Empty(p.ExcludableReasons));
    }

    [Fact]
    public void Under_a_profile_that_excludes_nothing_even_an_appraisal_leaves_the_legal_due_date_alone()
    {
        var c = new ComplaintBuilder().Under(TestRules.Bank2012).At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);
        var due = Clock(c, ClockKind.Resolve).DueAtUtc;

        c.Apply(new Pause(PauseReason.ExternalAppraisal, CustomerNotified: true), TestRules.Handler, TestRules.Local(2026, 3, 3, 10), TestRules.Bank2012);
        c.Apply(new Resume(), TestRules.Handler, TestRules.Local(2026, 3, 6, 10), TestRules.Bank2012);

        Assert.Equal(due, Clock(c, ClockKind.Resolve).DueAtUtc);
    }
}
