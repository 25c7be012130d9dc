using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain.Rules;

/// <summary>
/// 核查 (2020 measures art. 20): within 30 days of receiving the decision the customer may ask for a review, decided within
/// 30 days by someone outside the department that decided. An appeal is different: the case goes round again.
/// </summary>
public sealed class ReviewRequestTests
{
    private static readonly HandlingRules Rules = TestRules.Bank2020;

    /// <summary>The customer received the decision letter on Wednesday 4 March 2026 (D).</summary>
    private static readonly DateOnly ReceivedOn = new(2026, 3, 4);

    /// <summary>Decided (CARDS) and closed on Monday 2 March 2026; the decision notice went out at 16:00.</summary>
    private static Complaint Closed() => new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Closed);

    private static RequestReview Request(string department = "RETAIL") => new(ReceivedOn, "客户认为未核实其交易记录", department);

    [Fact]
    public void A_request_on_the_thirtieth_day_after_receipt_is_accepted_and_on_the_thirty_first_refused()
    {
        var late = Closed();
        var version = late.Version;

        // D + 31 = Sat 4 April.
        var ex = Assert.Throws<DomainException>(() => late.Apply(Request(), TestRules.Agent, TestRules.Local(2026, 4, 4, 9), Rules));
        Assert.Equal("review_window_closed", ex.Code);
        Assert.Equal(ComplaintStatus.Closed, late.Status);
        Assert.Equal(version, late.Version);

        // D + 30 = Fri 3 April, late in the evening.
        var inTime = Closed();
        inTime.Apply(Request(), TestRules.Agent, TestRules.Local(2026, 4, 3, 23, 30), Rules);
        Assert.Equal(ComplaintStatus.ReviewRequested, inTime.Status);
        Assert.Equal(ReceivedOn, inTime.ReviewDecisionReceivedOn);
    }

    [Fact]
    public void The_review_clock_is_due_30_natural_days_after_the_request_and_cites_article_20()
    {
        var c = Closed();
        c.Apply(Request(), TestRules.Agent, TestRules.Local(2026, 3, 20, 10), Rules);   // Friday 20 March

        var review = c.Clocks.Single(k => k.Kind == ClockKind.Review);
        Assert.Equal(TestRules.Local(2026, 3, 20, 10), review.StartedAtUtc);
        Assert.Equal(TestRules.EndOfDay(2026, 4, 19), review.DueAtUtc);   // 20 Mar + 30 natural days = Sun 19 April
        Assert.True(review.Legal);
        var basis = ClockBasis.Of(Rules.Policy, ClockKind.Review, false, review.DueCount, review.ExtensionStages, review.WorkingDays, review.CalendarDays);
        Assert.Equal("CBIRC2020 20", basis!.Citation.ToString());
        Assert.Equal(ClockKind.Review, c.NextDueClock);
    }

    [Fact]
    public void The_reviewer_must_be_outside_the_department_that_decided()
    {
        var c = Closed();
        var at = TestRules.Local(2026, 3, 10, 10);

        Assert.Equal("reviewer_not_independent", Assert.Throws<DomainException>(() => c.Apply(Request("CARDS"), TestRules.Agent, at, Rules)).Code);
        Assert.Equal(ComplaintStatus.Closed, c.Status);

        c.Apply(Request("RETAIL"), TestRules.Agent, at, Rules);
        Assert.Equal("CARDS", c.OriginalDepartment);
        Assert.Equal("RETAIL", c.Department);
    }

    [Fact]
    public void Deciding_the_review_closes_the_case_and_meets_its_clock()
    {
        var c = Closed();
        c.Apply(Request(), TestRules.Agent, TestRules.Local(2026, 3, 10, 10), Rules);
        var decidedAt = TestRules.Local(2026, 3, 25, 15);

        c.Apply(new DecideReview(ReviewOutcome.Changed, "核实后同意退还全部年费"), TestRules.Reviewer, decidedAt, Rules);

        Assert.Equal(ComplaintStatus.Closed, c.Status);
        Assert.Equal(ReviewOutcome.Changed, c.ReviewOutcome);
        Assert.Equal(decidedAt, c.ClosedAtUtc);
        var review = c.Clocks.Single(k => k.Kind == ClockKind.Review);
        Assert.Equal(decidedAt, review.MetAtUtc);
        Assert.Equal(ClockState.Met, review.StateAt(decidedAt.AddDays(60), 0.8));
        Assert.DoesNotContain(c.Clocks, k => k.IsRunning);
    }

    [Fact]
    public void The_2012_notice_offers_no_review()
    {
        var c = new ComplaintBuilder().Under(TestRules.Bank2012).At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.Closed);
        var at = TestRules.Local(2026, 3, 10, 10);

        Assert.DoesNotContain(ComplaintTrigger.RequestReview, c.AvailableTriggers(TestRules.AllPowers, TestRules.Bank2012, at));
        Assert.Equal("review_not_offered", Assert.Throws<DomainException>(() => c.Apply(Request(), TestRules.Agent, at, TestRules.Bank2012)).Code);
        Assert.Equal(ComplaintStatus.Closed, c.Status);
        Assert.Contains(ComplaintTrigger.RequestReview, Closed().AvailableTriggers(TestRules.AllPowers, Rules, at));   // Bank2020 offers it
    }

    [Fact]
    public void An_appeal_starts_its_rounds_decision_clock_at_the_moment_it_is_filed()
    {
        var c = Closed();
        var filed = TestRules.Local(2026, 3, 6, 23, 30);   // Friday night

        c.Apply(new Appeal("客户对退款金额不满"), TestRules.Agent, filed, Rules);

        var round2 = c.Clocks.Single(k => k.Kind == ClockKind.Resolve && k.Round == 2);
        Assert.Equal(filed, round2.StartedAtUtc);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 21), round2.DueAtUtc);   // 6 Mar + 15 natural days = Sat 21 March
        Assert.Equal(ClockKind.Resolve, c.NextDueClock);                   // already counting while nobody has reopened it

        c.Apply(new Reopen("受理申诉"), TestRules.Supervisor, TestRules.Local(2026, 3, 9, 10), Rules);
        Assert.Equal(filed, c.Clocks.Single(k => k.Kind == ClockKind.Resolve && k.Round == 2).StartedAtUtc);
    }
}
