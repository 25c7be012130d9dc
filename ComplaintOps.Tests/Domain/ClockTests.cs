using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain;

/// <summary>How the clocks start, run, pause, extend and end. The builder's default profile is Bank2020.</summary>
public sealed class ClockTests
{
    private static readonly HandlingRules Rules = TestRules.Bank2020;

    private static ComplaintClock Clock(Complaint c, ClockKind kind) => c.Clocks.Last(k => k.Kind == kind);

    [Fact]
    public void Registration_starts_acknowledge_route_and_resolve_clocks_at_once()
    {
        var at = TestRules.Local(2026, 11, 20, 16);   // Friday
        var c = new ComplaintBuilder().At(at).Build();
        var bank2012 = new ComplaintBuilder().Under(TestRules.Bank2012).At(at).Build();

        Assert.Equal(TestRules.EndOfDay(2026, 11, 20), Clock(c, ClockKind.Acknowledge).DueAtUtc);   // same working day
        Assert.Equal(TestRules.EndOfDay(2026, 11, 23), Clock(c, ClockKind.Route).DueAtUtc);         // next working day: Monday
        Assert.Equal(TestRules.EndOfDay(2026, 12, 5), Clock(c, ClockKind.Resolve).DueAtUtc);        // 20 Nov + 15 natural days: a Saturday, kept
        Assert.Equal(TestRules.EndOfDay(2026, 12, 11), Clock(bank2012, ClockKind.Resolve).DueAtUtc); // 15 working days: 23–27 Nov, 30 Nov–4 Dec, 7–11 Dec
        Assert.Equal(Clock(c, ClockKind.Acknowledge).DueAtUtc, c.NextDueAtUtc);
        Assert.Equal(ClockKind.Acknowledge, c.NextDueClock);
        Assert.Equal([ClockKind.Acknowledge, ClockKind.Route, ClockKind.Resolve], c.Clocks.Select(k => k.Kind));
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
        var route = Clock(c, ClockKind.Route);   // due Tuesday 23:59:59, a 48-hour span: at risk from 14:24 Tuesday

        Assert.Equal(ClockState.OnTime, route.StateAt(TestRules.Local(2026, 3, 3, 14), 0.8));
        Assert.Equal(ClockState.AtRisk, route.StateAt(TestRules.Local(2026, 3, 3, 15), 0.8));
        Assert.Equal(ClockState.Breached, route.StateAt(TestRules.Local(2026, 3, 4, 0, 1), 0.8));

        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Classify), TestRules.Agent, TestRules.Local(2026, 3, 4, 9), Rules);
        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Assign), TestRules.Agent, TestRules.Local(2026, 3, 4, 10), Rules);
        Assert.Equal(ClockState.MetLate, route.StateAt(TestRules.Local(2026, 3, 5), 0.8));
        Assert.Equal(ClockState.Met, Clock(new ComplaintBuilder().In(ComplaintStatus.Assigned), ClockKind.Route).StateAt(TestRules.Local(2026, 3, 5), 0.8));
    }

    [Fact]
    public void A_clock_stopped_after_its_due_date_stays_breached_and_one_stopped_in_time_is_just_stopped()
    {
        var c = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).Build();

        c.Apply(new Withdraw("客户撤诉"), TestRules.Agent, TestRules.Local(2026, 3, 4, 9), Rules);

        var later = TestRules.Local(2026, 6, 1);
        Assert.Equal(ClockState.Breached, Clock(c, ClockKind.Acknowledge).StateAt(later, 0.8));   // was due 2 March
        Assert.Equal(ClockState.Stopped, Clock(c, ClockKind.Resolve).StateAt(later, 0.8));
    }

    [Fact]
    public void Pausing_for_an_appraisal_stops_the_legal_clock_and_resuming_moves_its_due_date_by_the_time_it_stood_still()
    {
        var c = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 17), Clock(c, ClockKind.Resolve).DueAtUtc);   // 2 March + 15 natural days

        c.Apply(new Pause(PauseReason.ExternalAppraisal, CustomerNotified: true, "送司法鉴定"), TestRules.Handler, TestRules.Local(2026, 3, 5, 10), Rules);
        Assert.True(c.IsPaused);
        Assert.Equal(ClockState.Paused, Clock(c, ClockKind.Resolve).StateAt(TestRules.Local(2026, 4, 30), 0.8));
        Assert.NotEqual(ClockKind.Resolve, c.NextDueClock);

        c.Apply(new Resume(), TestRules.Handler, TestRules.Local(2026, 3, 10, 10), Rules);   // next Tuesday

        // Thursday 10:00 to Tuesday 10:00 stood still: exactly 5 × 24 hours, whatever the working days in between.
        Assert.Equal(TestRules.EndOfDay(2026, 3, 22), Clock(c, ClockKind.Resolve).DueAtUtc);
        Assert.Equal(TimeSpan.FromDays(5), Clock(c, ClockKind.Resolve).Excluded);
        Assert.False(c.IsPaused);
        Assert.Contains("ExternalAppraisal", c.Events.Single(e => e.Kind == nameof(ComplaintTrigger.Pause)).Details);
    }

    [Fact]
    public void A_pause_needs_the_customer_told_and_cannot_be_doubled()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);
        var at = c.UpdatedAtUtc.AddHours(1);

        Assert.Equal("invalid_customerNotified", Assert.Throws<DomainException>(() => c.Apply(
            new Pause(PauseReason.WaitingForCustomer, CustomerNotified: false), TestRules.Handler, at, Rules)).Code);
        Assert.False(c.IsPaused);

        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Pause), TestRules.Handler, at, Rules);
        Assert.True(c.IsPaused);
        Assert.Equal("invalid_trigger", Assert.Throws<DomainException>(() => c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Pause), TestRules.Handler, at, Rules)).Code);
        Assert.Equal("invalid_trigger", Assert.Throws<DomainException>(() => new ComplaintBuilder().In(ComplaintStatus.Investigating)
            .Apply(new Resume(), TestRules.Handler, at, Rules)).Code);
    }

    [Fact]
    public void An_extension_moves_the_resolve_limit_and_is_recorded_with_reason_approver_and_customer_notice()
    {
        var c = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);

        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Extend), TestRules.Head, TestRules.Local(2026, 3, 10), Rules);

        Assert.Equal(TestRules.EndOfDay(2026, 4, 1), Clock(c, ClockKind.Resolve).DueAtUtc);   // 15 + 15 = 30 natural days from 2 March
        Assert.Equal(1, Clock(c, ClockKind.Resolve).ExtensionStages);
        var e = c.Events[^1];
        Assert.Equal("Extend", e.Kind);
        Assert.Equal("需调取第三方支付机构记录", e.Reason);
        Assert.Equal(TestRules.Head.Id, e.ActorId);   // whoever records the stage is its approver
        Assert.Contains("已短信告知客户", e.Details);
    }

    [Theory]
    [InlineData("reason")]
    [InlineData("customerNotice")]
    public void An_extension_without_its_paperwork_is_refused(string missing)
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);
        var valid = (Extend)ComplaintBuilder.Valid(ComplaintTrigger.Extend);
        var action = missing == "reason" ? valid with { Reason = " " } : valid with { CustomerNotice = "" };

        var ex = Assert.Throws<DomainException>(() => c.Apply(action, TestRules.Head, c.UpdatedAtUtc.AddHours(1), Rules));

        Assert.Equal("invalid_" + missing, ex.Code);
        Assert.Equal(0, Clock(c, ClockKind.Resolve).ExtensionStages);
    }

    [Fact]
    public void Someone_who_may_not_extend_is_refused_before_any_rule_is_checked()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);

        var ex = Assert.Throws<ForbiddenException>(() => c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Extend), TestRules.Handler, c.UpdatedAtUtc.AddHours(1), Rules));

        Assert.Equal(Permission.ExtendDeadline, ex.Missing);
    }

    [Fact]
    public void Extensions_beyond_the_profiles_stages_are_refused_and_change_nothing()
    {
        var c = new ComplaintBuilder().Under(TestRules.Bank2012).In(ComplaintStatus.Investigating);
        var at = c.UpdatedAtUtc.AddHours(1);
        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Extend), TestRules.Head, at, TestRules.Bank2012);   // 15 + 45 = 60 working days
        var due = Clock(c, ClockKind.Resolve).DueAtUtc;
        var version = c.Version;

        var ex = Assert.Throws<DomainException>(() =>
            c.Apply(new Extend(2, "再次延期", "已告知客户"), TestRules.Head, at, TestRules.Bank2012));

        Assert.Equal("extension_limit", ex.Code);
        Assert.Equal(due, Clock(c, ClockKind.Resolve).DueAtUtc);
        Assert.Equal(version, c.Version);
        // 60 working days from Monday 2 March 2026, skipping Qingming (6 April) and Labour Day (1, 4, 5 May) and working
        // the make-up Saturday 9 May: 28 May.
        Assert.Equal(TestRules.EndOfDay(2026, 5, 28), due);
        Assert.Equal(60, Clock(c, ClockKind.Resolve).WorkingDays);
    }

    [Fact]
    public void Bank_2020_profile_allows_15_then_30_then_60_calendar_days()
    {
        var c = new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Investigating);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 17), Clock(c, ClockKind.Resolve).DueAtUtc);

        c.Apply(new Extend(1, "案情复杂", "已告知客户延长至30日"), TestRules.Head, TestRules.Local(2026, 3, 10), Rules);
        Assert.Equal(TestRules.EndOfDay(2026, 4, 1), Clock(c, ClockKind.Resolve).DueAtUtc);

        c.Apply(new Extend(2, "需总行审批", "已告知客户延长至60日"), TestRules.Manager, TestRules.Local(2026, 3, 25), Rules);
        Assert.Equal(TestRules.EndOfDay(2026, 5, 1), Clock(c, ClockKind.Resolve).DueAtUtc);

        Assert.Equal("extension_limit", Assert.Throws<DomainException>(() => c.Apply(new Extend(3, "再延", "告知"),
            TestRules.Manager, TestRules.Local(2026, 4, 20), Rules)).Code);
    }

    [Fact]
    public void VIP_customers_get_shorter_clocks()
    {
        var at = TestRules.Local(2026, 3, 2, 9);
        var vip = new ComplaintBuilder().With(d => d with { CustomerTier = CustomerTier.Vip }).At(at).Build();
        var standard = new ComplaintBuilder().At(at).Build();

        Assert.True(Clock(vip, ClockKind.Resolve).DueAtUtc < Clock(standard, ClockKind.Resolve).DueAtUtc);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 16), Clock(vip, ClockKind.Resolve).DueAtUtc);   // 10 working days beat 15 natural (17 March)
        Assert.Equal(DayCount.Working, Clock(vip, ClockKind.Resolve).DueCount);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 2), Clock(vip, ClockKind.Route).DueAtUtc);      // same day
    }

    [Fact]
    public void A_regulator_transferred_case_runs_the_regulator_deadline_alongside_the_others()
    {
        var c = new ComplaintBuilder()
            .With(d => d with { Channel = Channel.Regulator, RegulatorDeadline = new DateOnly(2026, 3, 10), RegulatorReference = "沪金管转〔2026〕12号" })
            .At(TestRules.Local(2026, 3, 2, 9))
            .Build();

        Assert.Equal(TestRules.EndOfDay(2026, 3, 10), Clock(c, ClockKind.Regulator).DueAtUtc);
        Assert.True(Clock(c, ClockKind.Regulator).Legal);
        Assert.Null(Clock(c, ClockKind.Regulator).DueCount);   // a fixed deadline, not counted in days
        Assert.Equal(4, c.Clocks.Count);
    }
}
