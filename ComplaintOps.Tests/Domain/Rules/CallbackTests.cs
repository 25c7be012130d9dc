using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain.Rules;

/// <summary>The satisfaction callback is its own activity; a low score needs the customer's reason and a follow-up before closing.</summary>
public sealed class CallbackTests
{
    private static readonly HandlingRules Rules = TestRules.Bank2020;

    /// <summary>Feedback given at 16:00 on Monday 2 March 2026.</summary>
    private static Complaint FeedbackGiven() => new ComplaintBuilder().At(TestRules.Local(2026, 3, 2, 9)).In(ComplaintStatus.FeedbackGiven);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_low_score_needs_the_customers_reason_and_opens_a_follow_up_with_its_own_clock(int score)
    {
        var c = FeedbackGiven();
        var at = TestRules.Local(2026, 3, 3, 10);   // Tuesday

        Assert.Equal("invalid_lowScoreReason", Assert.Throws<DomainException>(() => c.Apply(new RecordCallback(score), TestRules.FeedbackAgent, at, Rules)).Code);
        Assert.False(c.CallbackRecorded);

        c.Apply(new RecordCallback(score, LowScoreReason: "退款到账太慢"), TestRules.FeedbackAgent, at, Rules);

        Assert.True(c.FollowUpOpen);
        Assert.Equal(score, c.Satisfaction);
        var followUp = c.Clocks.Single(k => k.Kind == ClockKind.FollowUp);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 6), followUp.DueAtUtc);   // 3 working days after Tuesday: Wed, Thu, Fri
        Assert.NotNull(c.Clocks.Single(k => k.Kind == ClockKind.Callback).MetAtUtc);
    }

    [Fact]
    public void Closing_is_refused_until_the_follow_up_is_completed()
    {
        var c = FeedbackGiven();
        c.Apply(new RecordCallback(1, LowScoreReason: "对处理结果不满意"), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 3, 10), Rules);

        Assert.Equal("invalid_followUp", Assert.Throws<DomainException>(() =>
            c.Apply(new Close(), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 3, 11), Rules)).Code);
        Assert.Equal(ComplaintStatus.FeedbackGiven, c.Status);

        c.Apply(new CompleteFollowUp("客户经理上门致歉并说明到账时间"), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 4, 10), Rules);
        Assert.False(c.FollowUpOpen);
        Assert.Equal(ClockState.Met, c.Clocks.Single(k => k.Kind == ClockKind.FollowUp).StateAt(TestRules.Local(2026, 3, 10), 0.8));
        c.Apply(new Close(), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 4, 11), Rules);
        Assert.Equal(ComplaintStatus.Closed, c.Status);
    }

    [Fact]
    public void A_satisfied_customer_opens_no_follow_up_and_closing_needs_only_the_callback()
    {
        var c = FeedbackGiven();
        Assert.Equal("invalid_callback", Assert.Throws<DomainException>(() =>
            c.Apply(new Close(), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 3, 9), Rules)).Code);

        c.Apply(new RecordCallback(3), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 3, 10), Rules);
        Assert.False(c.FollowUpOpen);
        Assert.DoesNotContain(c.Clocks, k => k.Kind == ClockKind.FollowUp);

        c.Apply(new Close(), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 3, 11), Rules);
        Assert.Equal(3, c.Satisfaction);   // the score is the callback's; Close carries none
    }

    [Fact]
    public void An_unreachable_customer_is_recorded_by_attempts()
    {
        var c = FeedbackGiven();

        Assert.Equal("invalid_satisfaction", Assert.Throws<DomainException>(() =>
            c.Apply(new RecordCallback(null), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 3, 10), Rules)).Code);
        c.Apply(new RecordCallback(null, Attempts: 3), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 3, 10), Rules);

        Assert.True(c.CallbackRecorded);
        Assert.Null(c.Satisfaction);
        Assert.False(c.FollowUpOpen);
    }
}
