using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Effectiveness;

namespace ComplaintOps.Tests.Analytics;

public sealed class ActionEffectTests
{
    private static readonly DateTimeOffset Done = new(2026, 3, 29, 0, 0, 0, TimeSpan.Zero);

    private static readonly RootCauseTarget Card = RootCauseTarget.OfCategory("CARD");

    private static ComplaintOutcome On(string category, DateTimeOffset at, int? score = null) =>
        new(Guid.NewGuid(), "CARDS", category, Channel.Web, null, score is null ? ComplaintStatus.Investigating : ComplaintStatus.Closed,
            at, at, null, score is null ? null : at.AddDays(1), score, 1, 0, 0m, true, [], []);

    private static List<ComplaintOutcome> Set() =>
    [
        // before [Done − 14 d, Done): 6 on CARD, 3 of them rated 5, 4, 2
        On("CARD", Done.AddDays(-14)), On("CARD", Done.AddDays(-12), 5), On("CARD", Done.AddDays(-9), 4),
        On("CARD", Done.AddDays(-5), 2), On("CARD", Done.AddDays(-2)), On("CARD", Done.AddMinutes(-1)),
        On("CARD", Done.AddDays(-15)),      // before the span
        On("FEES", Done.AddDays(-3), 1),    // another topic
        // after [Done, Done + 14 d): 2 on CARD, one rated 5
        On("CARD", Done, 5), On("CARD", Done.AddDays(13)),
        On("CARD", Done.AddDays(14)),       // after the span
    ];

    [Fact]
    public void Effect_compares_weekly_volume_and_satisfaction_before_and_after_completion()
    {
        var effect = ActionEffectCalculator.Measure(Card, Done, Set(), weeks: 2, nowUtc: Done.AddDays(15));

        Assert.Equal(2, effect.WeeksAfter);                 // ⌊15 ÷ 7⌋ = 2, at most 2
        Assert.Equal(3.0, effect.BeforeWeeklyVolume);       // 6 ÷ 2 weeks
        Assert.Equal(1.0, effect.AfterWeeklyVolume);        // 2 ÷ 2 weeks
        Assert.Equal(2.0 / 3, effect.BeforeSatisfaction);   // 5 and 4 of 5, 4, 2
        Assert.Equal(1.0, effect.AfterSatisfaction);        // 5 of 5
        Assert.Equal(-2.0 / 3, effect.VolumeChange!.Value, 10);   // (1 − 3) ÷ 3
    }

    [Fact]
    public void Before_a_full_week_has_passed_there_is_no_after_figure()
    {
        var effect = ActionEffectCalculator.Measure(Card, Done, Set(), weeks: 2, nowUtc: Done.AddDays(3));

        Assert.Equal(0, effect.WeeksAfter);
        Assert.Null(effect.AfterWeeklyVolume);
        Assert.Null(effect.AfterSatisfaction);
        Assert.Null(effect.VolumeChange);
        Assert.Equal(3.0, effect.BeforeWeeklyVolume);
    }

    [Fact]
    public void A_topic_target_counts_the_complaints_whose_current_topic_it_is_whatever_their_category()
    {
        var topic = new TopicKey(17);
        var outcomes = Set().Select((o, i) => i % 2 == 0 ? o with { Topic = topic } : o).ToList();

        var effect = ActionEffectCalculator.Measure(RootCauseTarget.OfTopic(topic), Done, outcomes, weeks: 2, nowUtc: Done.AddDays(15));

        // before: indexes 0, 2, 4 of the six CARD ones in the span (the FEES one at 7 is odd) → 3 ÷ 2; after: index 8 → 1 ÷ 2
        Assert.Equal((1.5, 0.5), (effect.BeforeWeeklyVolume, effect.AfterWeeklyVolume!.Value));
    }

    [Theory]
    [InlineData("", "Title", "Owner")]
    [InlineData("CARD", " ", "Owner")]
    [InlineData("CARD", "Title", "")]
    public void Blank_fields_are_refused(string category, string title, string owner)
    {
        var today = new DateOnly(2026, 3, 1);
        Assert.Throws<DomainException>(() => RootCauseAction.Create(RootCauseTarget.OfCategory(category), title, Owner(owner), null, today.AddDays(7), today, Done, TestRules.Supervisor));
        Assert.Throws<DomainException>(() => RootCauseAction.Create(null, "Title", Owner("Owner"), null, today.AddDays(7), today, Done, TestRules.Supervisor));
    }

    [Fact]
    public void A_due_date_in_the_past_or_an_overlong_title_is_refused()
    {
        var today = new DateOnly(2026, 3, 1);
        Assert.Equal("invalid_due_date", Assert.Throws<DomainException>(() => RootCauseAction.Create(Card, "T", Owner("O"), null, today.AddDays(-1), today, Done, TestRules.Supervisor)).Code);
        Assert.Throws<DomainException>(() => RootCauseAction.Create(Card, new string('x', RootCauseAction.TitleLength + 1), Owner("O"), null, today, today, Done, TestRules.Supervisor));
    }

    [Fact]
    public void An_action_is_completed_once_and_its_completion_never_moves()
    {
        var today = new DateOnly(2026, 3, 1);
        var action = RootCauseAction.Create(RootCauseTarget.OfCategory(" CARD "), " 优化年费提醒短信 ", Owner("王芳"), null, today.AddDays(14), today, Done.AddDays(-20), TestRules.Supervisor);
        Assert.Equal(("CARD", null, "优化年费提醒短信", RootCauseActionStatus.Open, 1), (action.Target.Category, action.TopicId, action.Title, action.Status, action.Version));
        Assert.Equal(RootCauseTarget.OfCategory("CARD"), action.Target);

        action.Start(Done.AddDays(-1), TestRules.Supervisor);
        action.Complete("短信模板已上线", today, today, Done, TestRules.Supervisor);
        var again = Assert.Throws<DomainException>(() => action.Complete("again", today, today, Done.AddDays(1), TestRules.Supervisor));

        Assert.Equal("already_done", again.Code);
        Assert.Equal(Done, action.CompletedAtUtc);
        Assert.Equal(RootCauseActionStatus.Done, action.Status);
        Assert.Equal(3, action.Version);
        Assert.Throws<DomainException>(() => action.Start(Done, TestRules.Supervisor));
    }

    /// <summary>A staff owner by name (blank name, blank id) in CARDS.</summary>
    private static ActionOwner Owner(string name) => new(name.Length == 0 ? "" : "HCARDS1", name, "CARDS");
}
