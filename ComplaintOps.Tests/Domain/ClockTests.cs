using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain;

public sealed class ClockTests
{
    private static ComplaintClock Clock(Complaint c, ClockKind kind) => c.Clocks.Last(k => k.Kind == kind);

    [Fact]
    public void Registration_starts_acknowledge_route_and_resolve_clocks_at_once()
    {
        var c = new ComplaintBuilder().At(TestRules.Local(2026, 11, 20, 16)).Build();   // Friday

        Assert.Equal(TestRules.EndOfDay(2026, 11, 20), Clock(c, ClockKind.Acknowledge).DueAtUtc);
        Assert.Equal(TestRules.EndOfDay(2026, 11, 23), Clock(c, ClockKind.Route).DueAtUtc);
        Assert.Equal(TestRules.EndOfDay(2026, 12, 11), Clock(c, ClockKind.Resolve).DueAtUtc);
        Assert.Equal(Clock(c, ClockKind.Acknowledge).DueAtUtc, c.NextDueAtUtc);
        Assert.Equal(ClockKind.Acknowledge, c.NextDueClock);
    }

    [Fact]
    public void Later_clocks_start_on_their_transitions()
    {
        var c = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Assigned);   // assigned 11:00 Monday

        Assert.Equal(TestRules.EndOfDay(2026, 3, 4), Clock(c, ClockKind.StartInvestigation).DueAtUtc);   // 2 working days
        Assert.Equal(ClockState.Met, Clock(c, ClockKind.Route).StateAt(c.UpdatedAtUtc, 0.8));

        var resolved = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Resolved);
        Assert.Equal(ClockState.Met, Clock(resolved, ClockKind.Resolve).StateAt(resolved.UpdatedAtUtc, 0.8));
        Assert.Equal(TestRules.EndOfDay(2026, 3, 3), Clock(resolved, ClockKind.Feedback).DueAtUtc);

        var feedback = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.FeedbackGiven);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 5), Clock(feedback, ClockKind.Callback).DueAtUtc);
    }

    [Fact]
    public void A_clock_is_on_time_then_at_risk_then_breached_and_met_late_after_its_due_date()
    {
        var c = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 0, 0)).Build();   // Monday 00:00 local
        var route = Clock(c, ClockKind.Route);   // due Tuesday 23:59:59, a 48-hour span

        Assert.Equal(ClockState.OnTime, route.StateAt(TestRules.Local(2026, 3, 3, 14), 0.8));
        Assert.Equal(ClockState.AtRisk, route.StateAt(TestRules.Local(2026, 3, 3, 15), 0.8));
        Assert.Equal(ClockState.Breached, route.StateAt(TestRules.Local(2026, 3, 4, 0, 1), 0.8));

        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Classify), TestRules.Agent, TestRules.Local(2026, 3, 4, 9), TestRules.Bank2012);
        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Assign), TestRules.Agent, TestRules.Local(2026, 3, 4, 10), TestRules.Bank2012);
        Assert.Equal(ClockState.MetLate, route.StateAt(TestRules.Local(2026, 3, 5), 0.8));
        Assert.Equal(ClockState.Met, Clock(new ComplaintBuilder().In(ComplaintStatus.Assigned), ClockKind.Route).StateAt(TestRules.Local(2026, 3, 5), 0.8));
    }

    [Fact]
    public void A_clock_stopped_after_its_due_date_stays_breached_and_one_stopped_in_time_is_just_stopped()
    {
        var c = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).Build();

        c.Apply(new ComplaintAction(ComplaintTrigger.Withdraw) { Reason = "客户撤诉" }, TestRules.Agent, TestRules.Local(2026, 3, 4, 9), TestRules.Bank2012);

        var later = TestRules.Local(2026, 6, 1);
        Assert.Equal(ClockState.Breached, Clock(c, ClockKind.Acknowledge).StateAt(later, 0.8));   // was due 2 March
        Assert.Equal(ClockState.Stopped, Clock(c, ClockKind.Resolve).StateAt(later, 0.8));
    }

    [Fact]
    public void Pausing_stops_the_clock_and_resuming_moves_the_due_date_by_the_working_days_paused()
    {
        var c = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);
        var dueBefore = Clock(c, ClockKind.Resolve).DueAtUtc;   // 15 working days after 2 March = 23 March
        Assert.Equal(TestRules.EndOfDay(2026, 3, 23), dueBefore);

        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Pause) with { PauseReason = PauseReason.ExternalAppraisal }, TestRules.Handler,
            TestRules.Local(2026, 3, 5, 10), TestRules.Bank2012);   // Thursday
        Assert.True(c.IsPaused);
        Assert.Equal(ClockState.Paused, Clock(c, ClockKind.Resolve).StateAt(TestRules.Local(2026, 4, 30), 0.8));
        Assert.NotEqual(ClockKind.Resolve, c.NextDueClock);

        c.Apply(new ComplaintAction(ComplaintTrigger.Resume), TestRules.Handler, TestRules.Local(2026, 3, 10, 10), TestRules.Bank2012);   // next Tuesday

        // Thu 5, Fri 6, Mon 9 stood still: three working days.
        Assert.Equal(TestRules.EndOfDay(2026, 3, 26), Clock(c, ClockKind.Resolve).DueAtUtc);
        Assert.False(c.IsPaused);
        var pauseEvent = c.Events.Single(e => e.Kind == nameof(ComplaintTrigger.Pause));
        Assert.Contains("ExternalAppraisal", pauseEvent.Details);
    }

    [Fact]
    public void A_pause_needs_a_reason_code_and_the_customer_told_and_cannot_be_doubled()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);
        var at = c.UpdatedAtUtc.AddHours(1);

        Assert.Equal("invalid_customerNotified", Assert.Throws<DomainException>(() => c.Apply(
            ComplaintBuilder.Valid(ComplaintTrigger.Pause) with { CustomerNotified = false }, TestRules.Handler, at, TestRules.Bank2012)).Code);
        Assert.Equal("invalid_pauseReason", Assert.Throws<DomainException>(() => c.Apply(
            ComplaintBuilder.Valid(ComplaintTrigger.Pause) with { PauseReason = null }, TestRules.Handler, at, TestRules.Bank2012)).Code);
        Assert.False(c.IsPaused);

        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Pause), TestRules.Handler, at, TestRules.Bank2012);
        Assert.Throws<DomainException>(() => c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Pause), TestRules.Handler, at, TestRules.Bank2012));
        Assert.Throws<DomainException>(() => new ComplaintBuilder().In(ComplaintStatus.Investigating)
            .Apply(new ComplaintAction(ComplaintTrigger.Resume), TestRules.Handler, at, TestRules.Bank2012));
    }

    [Fact]
    public void An_extension_moves_the_resolve_limit_and_is_recorded_with_reason_approver_and_customer_notice()
    {
        var c = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);

        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Extend) with { ExtensionDays = 10 }, TestRules.Head, TestRules.Local(2026, 3, 10), TestRules.Bank2012);

        Assert.Equal(TestRules.EndOfDay(2026, 4, 7), Clock(c, ClockKind.Resolve).DueAtUtc);   // 25 working days (Qingming 4–6 April off)
        var e = c.Events[^1];
        Assert.Equal("Extend", e.Kind);
        Assert.Equal("需调取第三方支付机构记录", e.Reason);
        Assert.Contains("张杰主任", e.Details);
        Assert.Contains("已短信告知客户", e.Details);
    }

    [Theory]
    [InlineData(ComplaintTrigger.Extend, "reason")]
    [InlineData(ComplaintTrigger.Extend, "approver")]
    [InlineData(ComplaintTrigger.Extend, "customerNotice")]
    public void An_extension_without_its_paperwork_is_refused(ComplaintTrigger trigger, string missing)
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);
        var action = ComplaintBuilder.Valid(trigger);
        action = missing switch
        {
            "reason" => action with { Reason = " " },
            "approver" => action with { Approver = null },
            _ => action with { CustomerNotice = "" },
        };

        var ex = Assert.Throws<DomainException>(() => c.Apply(action, TestRules.Head, c.UpdatedAtUtc.AddHours(1), TestRules.Bank2012));
        Assert.Equal("invalid_" + missing, ex.Code);
    }

    [Fact]
    public void Extensions_beyond_the_policy_maximum_are_refused_and_change_nothing()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);
        var at = c.UpdatedAtUtc.AddHours(1);
        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Extend) with { ExtensionDays = 40 }, TestRules.Head, at, TestRules.Bank2012);   // 55 of 60
        var due = Clock(c, ClockKind.Resolve).DueAtUtc;
        var version = c.Version;

        var ex = Assert.Throws<DomainException>(() =>
            c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Extend) with { ExtensionDays = 6 }, TestRules.Head, at, TestRules.Bank2012));

        Assert.Equal("extension_limit", ex.Code);
        Assert.Equal(due, Clock(c, ClockKind.Resolve).DueAtUtc);
        Assert.Equal(version, c.Version);
        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Extend) with { ExtensionDays = 5 }, TestRules.Head, at, TestRules.Bank2012);   // exactly 60
        Assert.Equal(60, Clock(c, ClockKind.Resolve).TotalWorkingDays);
    }

    [Fact]
    public void Bank_2020_profile_allows_15_then_30_then_60_calendar_days()
    {
        var c = new ComplaintBuilder().Under(TestRules.Bank2020).At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 17), Clock(c, ClockKind.Resolve).DueAtUtc);

        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Extend) with { ExtensionDays = 15 }, TestRules.Head, TestRules.Local(2026, 3, 10), TestRules.Bank2020);
        Assert.Equal(TestRules.EndOfDay(2026, 4, 1), Clock(c, ClockKind.Resolve).DueAtUtc);

        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Extend) with { ExtensionDays = 30 }, TestRules.Supervisor, TestRules.Local(2026, 3, 25), TestRules.Bank2020);
        Assert.Equal(TestRules.EndOfDay(2026, 5, 1), Clock(c, ClockKind.Resolve).DueAtUtc);

        Assert.Equal("extension_limit", Assert.Throws<DomainException>(() => c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Extend) with { ExtensionDays = 1 },
            TestRules.Supervisor, TestRules.Local(2026, 4, 20), TestRules.Bank2020)).Code);
    }

    [Fact]
    public void VIP_customers_get_shorter_clocks()
    {
        var at = TestRules.Local(2026, 3, 2, 9);
        var vip = new ComplaintBuilder().With(d => d with { CustomerTier = CustomerTier.Vip }).At(at).Build();
        var standard = new ComplaintBuilder().At(at).Build();

        Assert.True(Clock(vip, ClockKind.Resolve).DueAtUtc < Clock(standard, ClockKind.Resolve).DueAtUtc);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 16), Clock(vip, ClockKind.Resolve).DueAtUtc);   // 10 working days
        Assert.Equal(TestRules.EndOfDay(2026, 3, 2), Clock(vip, ClockKind.Route).DueAtUtc);      // same day
    }

    [Fact]
    public void A_regulator_transferred_case_runs_the_regulator_deadline_alongside_the_others()
    {
        var c = new ComplaintBuilder()
            .With(d => d with { Channel = Channel.Regulator, RegulatorDeadline = new DateOnly(2026, 3, 10) })
            .At(TestRules.Local(2026, 3, 2, 9))
            .Build();

        Assert.Equal(TestRules.EndOfDay(2026, 3, 10), Clock(c, ClockKind.Regulator).DueAtUtc);
        Assert.Equal(4, c.Clocks.Count);
    }
}
