using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;

namespace ComplaintOps.Tests.Data.Topics;

/// <summary>The topics workspace's reads on a real database: sizes and trends from current placements, typical complaints, history, permission.</summary>
public abstract class TopicQueriesTestsBase<TDatabase>() : IntegrationTest(new TDatabase())
    where TDatabase : TestDatabase, new()
{
    private ITopicQueries Queries => Get<ITopicQueries>();

    /// <summary>
    /// Six complaints in topic #1 (two assigned to CARDS, registered three weeks ago; four unassigned, this week) and one in #2;
    /// placed by v1, then v2 moves one of #1's to #2. Monday 2026-03-23 10:00 in Shanghai afterwards.
    /// </summary>
    private async Task<(List<Guid> One, Guid Two)> PlantAsync()
    {
        var one = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            one.Add(await ComplaintInAsync(ComplaintStatus.Assigned));
        }

        Clock.SetUtcNow(TestRules.Local(2026, 3, 23, 9));
        for (var i = 0; i < 4; i++)
        {
            one.Add(await ComplaintInAsync(ComplaintStatus.Registered));
        }

        var two = await ComplaintInAsync(ComplaintStatus.Registered);
        await TestTopics.PublishAsync(Services, 1, [TestTopics.Born(1, "年费 / 扣收"), TestTopics.Born(2, "征信 / 逾期", TopicSpace.Chinese)],
            [.. TestTopics.In(1, one), .. TestTopics.In(2, [two])]);
        await TestTopics.PublishAsync(Services, 2, [TestTopics.Continued(1, "年费 / 扣收"), TestTopics.Continued(2, "征信 / 逾期")],
            [.. TestTopics.In(1, one.Take(5)), .. TestTopics.In(2, [two, one[5]])]);
        Clock.SetUtcNow(TestRules.Local(2026, 3, 23, 10));
        return (one, two);
    }

    [Fact]
    public async Task The_list_counts_current_placements_by_week_and_filters_by_state_space_and_words()
    {
        await PlantAsync();

        var all = await Queries.ListAsync(new TopicListQuery(), TestRules.Supervisor, Ct);

        var one = Assert.Single(all, t => t.Key == new TopicKey(1));
        Assert.Equal((5, "年费 / 扣收", TopicState.Active, 1), (one.Size, one.DisplayName, one.State, one.BornInVersion));
        // Weeks of 2026-02-02 … 2026-03-23 (Mondays): two three weeks ago (03-02), three this week; the sixth moved to #2.
        Assert.Equal([0, 0, 0, 0, 2, 0, 0, 3], one.WeeklyTrend);
        Assert.Equal(2, all.Single(t => t.Key == new TopicKey(2)).Size);
        Assert.Equal([new TopicKey(2)], (await Queries.ListAsync(new TopicListQuery(Text: "征信"), TestRules.Supervisor, Ct)).Select(t => t.Key));
        Assert.Empty(await Queries.ListAsync(new TopicListQuery(State: TopicState.Noise), TestRules.Supervisor, Ct));
        Assert.Empty(await Queries.ListAsync(new TopicListQuery(Space: TopicSpace.EnglishShort), TestRules.Supervisor, Ct));
        Assert.Equal("年费 / 扣收", (await Queries.NamesAsync(Ct))[new TopicKey(1)]);
    }

    [Fact]
    public async Task The_detail_shows_the_most_typical_complaints_the_viewer_may_see_and_the_history_with_actor_names()
    {
        var (one, _) = await PlantAsync();
        var version = (await Queries.GetAsync(new TopicKey(1), TestRules.Supervisor, Ct))!.Topic.Version;
        await Get<ITopicCommands>().RenameAsync(new TopicKey(1), version, "信用卡年费重复扣收", TestRules.Supervisor, Ct);

        var detail = await Queries.GetAsync(new TopicKey(1), TestRules.Supervisor, Ct);
        var head = await Queries.GetAsync(new TopicKey(1), TestRules.Head, Ct);

        Assert.NotNull(detail);
        Assert.Equal("信用卡年费重复扣收", detail.Topic.DisplayName);
        Assert.Equal(one.Take(5), detail.Typical.Select(c => c.Id));   // highest similarity first (TestTopics: the first placed is the most typical)
        Assert.All(detail.Typical, c => Assert.Equal("信用卡年费被重复扣收", c.Subject));
        Assert.Equal([TopicEventKind.Renamed, TopicEventKind.Born], detail.History.Select(e => e.Kind));
        Assert.Equal(("赵建国", "信用卡年费重复扣收"), (detail.History[0].ActorName, detail.History[0].Detail));
        Assert.Equal(1, detail.History[1].ModelVersion);
        Assert.Equal(one.Take(2), head!.Typical.Select(c => c.Id));   // the CARDS head sees only the CARDS complaints
        Assert.Null(await Queries.GetAsync(new TopicKey(99), TestRules.Supervisor, Ct));
    }

    [Fact]
    public async Task Someone_without_analytics_rights_is_refused()
    {
        await PlantAsync();

        var list = await Assert.ThrowsAsync<ForbiddenException>(() => Queries.ListAsync(new TopicListQuery(), TestRules.Handler, Ct));
        var detail = await Assert.ThrowsAsync<ForbiddenException>(() => Queries.GetAsync(new TopicKey(1), TestRules.Handler, Ct));

        Assert.Equal(("forbidden", "forbidden"), (list.Code, detail.Code));
    }
}

public sealed class SqliteTopicQueriesTests : TopicQueriesTestsBase<SqliteTestDatabase>;

public sealed class PostgresTopicQueriesTests : TopicQueriesTestsBase<PostgresTestDatabase>;
