using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Analytics;

/// <summary>
/// Issue #10: "a root-cause action's measured effect is the same before and after a retrain". The effect counts the
/// complaints whose current placement is the action's topic; a retraining that carries the topics forward writes new
/// placement rows under a new model version and must not change it.
/// </summary>
public abstract class ActionEffectAcrossRetrainTestsBase<TDatabase>() : IntegrationTest(new TDatabase())
    where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Done = TestRules.Local(2026, 3, 30, 10);
    private static readonly TopicOutcome[] Born = [TestTopics.Born(1, "年费 / 扣收"), TestTopics.Born(2, "征信 / 逾期")];
    private static readonly TopicOutcome[] Continued = [TestTopics.Continued(1, "年费 / 扣收"), TestTopics.Continued(2, "征信 / 逾期")];

    private async Task<Guid> RegisteredAtAsync(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        return await ComplaintInAsync(ComplaintStatus.Registered);
    }

    /// <summary>
    /// Topic #1: one complaint in each of the four weeks before <see cref="Done"/>, two in the two weeks after (placed by the
    /// live path as they came in); topic #2: two before. An action on <paramref name="target"/> completed at <see cref="Done"/>.
    /// Returns the complaints of each topic; the clock ends 15 days after completion.
    /// </summary>
    private async Task<(List<Guid> One, List<Guid> Two)> PlantAsync(TopicKey target)
    {
        var one = new List<Guid>();
        var two = new List<Guid>();
        foreach (var day in new[] { 3, 10, 11, 17, 24, 25 })
        {
            (day is 11 or 25 ? two : one).Add(await RegisteredAtAsync(TestRules.Local(2026, 3, day, 9)));
        }

        Clock.SetUtcNow(Done.AddDays(-1));
        await TestTopics.PublishAsync(Services, 1, Born, [.. TestTopics.In(1, one), .. TestTopics.In(2, two)]);
        var action = await Get<IRootCauseActions>().CreateAsync(new NewRootCauseAction(RootCauseTarget.OfTopic(target), "年费提醒短信", "HCARDS1", null, new DateOnly(2026, 4, 5)),
            TestRules.Supervisor, Ct);
        Clock.SetUtcNow(Done);
        await Get<IRootCauseActions>().CompleteAsync(action.Id, action.Version, "短信模板已上线", new DateOnly(2026, 3, 30), TestRules.Supervisor, Ct);
        foreach (var day in new[] { 6, 8 })
        {
            var id = await RegisteredAtAsync(TestRules.Local(2026, 4, day, 9));
            await Get<ITopicStore>().PlaceAsync([new TopicPlacement(id, 1, 0.9f)], 1, Ct);
            one.Add(id);
        }

        Clock.SetUtcNow(Done.AddDays(15));
        return (one, two);
    }

    private async Task<ActionWithEffect> MeasuredAsync() => Assert.Single(await Get<IEffectivenessReports>().ActionsAsync(TestRules.Supervisor, Ct));

    [Fact]
    public async Task The_effect_is_the_same_after_a_retrain_that_carries_the_topics_forward()
    {
        var (one, two) = await PlantAsync(new TopicKey(1));
        var before = await MeasuredAsync();

        await TestTopics.PublishAsync(Services, 2, Continued, [.. TestTopics.In(1, one), .. TestTopics.In(2, two)]);
        var after = await MeasuredAsync();

        Assert.Equal(before.Effect, after.Effect);
        Assert.NotNull(after.Effect);
        // 4 before in 4 weeks; 2 in the 2 whole weeks elapsed since completion
        Assert.Equal((4, 2, 1.0, 1.0), (after.Effect.WeeksBefore, after.Effect.WeeksAfter, after.Effect.BeforeWeeklyVolume, after.Effect.AfterWeeklyVolume!.Value));
        await using var db = TestServices.OpenContext(Database);
        Assert.Equal(8, await db.TopicAssignments.CountAsync(a => a.IsCurrent && a.ModelVersion == 2, Ct));   // new rows under the new version
        Assert.Equal(8, await db.TopicAssignments.CountAsync(a => !a.IsCurrent && a.ModelVersion == 1, Ct)); // the old ones kept as history
    }

    [Fact]
    public async Task An_action_on_a_topic_merged_away_counts_the_topic_its_complaints_moved_to()
    {
        await PlantAsync(new TopicKey(2));
        Assert.Equal(0.5, (await MeasuredAsync()).Effect!.BeforeWeeklyVolume);   // topic #2: two in four weeks

        var version = (await Get<ITopicQueries>().GetAsync(new TopicKey(2), TestRules.Supervisor, Ct))!.Topic.Version;
        await Get<ITopicCommands>().MergeAsync(new TopicKey(2), version, new TopicKey(1), TestRules.Supervisor, Ct);
        var merged = await MeasuredAsync();

        Assert.Equal((RootCauseTarget.OfTopic(new TopicKey(2)), new TopicKey(1)), (merged.Action.Target, merged.Action.MeasuredTopic));
        Assert.Equal(1.5, merged.Effect!.BeforeWeeklyVolume);   // #1 and #2 are one problem now: six in four weeks
    }
}

public sealed class SqliteActionEffectAcrossRetrainTests : ActionEffectAcrossRetrainTestsBase<SqliteTestDatabase>;

public sealed class PostgresActionEffectAcrossRetrainTests : ActionEffectAcrossRetrainTestsBase<PostgresTestDatabase>;
