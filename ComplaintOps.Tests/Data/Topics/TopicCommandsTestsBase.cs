using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Data.Topics;

/// <summary>Analysts steering topics on a real database: one transaction per decision, versions checked, refusals change nothing.</summary>
public abstract class TopicCommandsTestsBase<TDatabase>() : IntegrationTest(new TDatabase())
    where TDatabase : TestDatabase, new()
{
    private static readonly TopicKey Chinese = new(1);
    private static readonly TopicKey English = new(2);
    private static readonly TopicKey Earlier = new(3);
    private readonly RecordingPublisher _publisher = new();

    private ITopicCommands Commands => Get<ITopicCommands>();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IDomainEventPublisher>(_publisher);

    /// <summary>Three complaints in the Chinese login topic #1, two in the English one #2 and one in #3, placed alike by v1 and v2.</summary>
    private async Task<(List<Guid> Chinese, List<Guid> English, Guid Earlier)> PlantAsync()
    {
        var zh = new List<Guid>();
        var en = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            zh.Add(await ComplaintInAsync(ComplaintStatus.Registered));
        }

        for (var i = 0; i < 2; i++)
        {
            en.Add(await ComplaintInAsync(ComplaintStatus.Registered));
        }

        var earlier = await ComplaintInAsync(ComplaintStatus.Registered);
        await TestTopics.PublishAsync(Services, 1,
            [TestTopics.Born(1, "手机银行 / 登录"), TestTopics.Born(2, "mobile / login", TopicSpace.EnglishShort), TestTopics.Born(3, "app / login", TopicSpace.EnglishShort)],
            [.. TestTopics.In(1, zh), .. TestTopics.In(2, en), .. TestTopics.In(3, [earlier])]);
        await TestTopics.PublishAsync(Services, 2,
            [TestTopics.Continued(1, "手机银行 / 登录"), TestTopics.Continued(2, "mobile / login", TopicSpace.EnglishShort), TestTopics.Continued(3, "app / login", TopicSpace.EnglishShort)],
            [.. TestTopics.In(1, zh), .. TestTopics.In(2, en), .. TestTopics.In(3, [earlier])]);
        _publisher.Published.Clear();
        return (zh, en, earlier);
    }

    private async Task<int> VersionOf(TopicKey key) => (await Get<ITopicQueries>().GetAsync(key, TestRules.Supervisor, Ct))!.Topic.Version;

    private async Task<Dictionary<Guid, int?>> CurrentAsync(IEnumerable<Guid> ids) =>
        (await Get<ITopicStore>().CurrentPlacementsAsync([.. ids], Ct)).ToDictionary(p => p.Key, p => p.Value.TopicId);

    [Fact]
    public async Task Merging_moves_the_current_placements_keeps_history_repoints_earlier_merges_and_publishes_after_the_commit()
    {
        var (zh, en, earlier) = await PlantAsync();
        await Commands.MergeAsync(Earlier, await VersionOf(Earlier), English, TestRules.Supervisor, Ct);   // #3 → #2 first

        var version = await Commands.MergeAsync(English, await VersionOf(English), Chinese, TestRules.Supervisor, Ct);   // then #2 → #1

        var current = await CurrentAsync([.. zh, .. en, earlier]);
        Assert.All(current.Values, topic => Assert.Equal(1, topic));   // "the topic of a complaint" is the current row: no chain to follow
        await using var db = TestServices.OpenContext(Database);
        Assert.Equal(0, await db.TopicAssignments.CountAsync(a => a.IsCurrent && a.TopicId != 1, Ct));
        Assert.Equal(3, await db.TopicAssignments.CountAsync(a => !a.IsCurrent && a.ModelVersion == 1 && (a.TopicId == 2 || a.TopicId == 3), Ct));   // history keeps them
        var english = await db.Topics.AsNoTracking().SingleAsync(t => t.Id == 2, Ct);
        var third = await db.Topics.AsNoTracking().SingleAsync(t => t.Id == 3, Ct);
        Assert.Equal((TopicState.Merged, 1, version), (english.State, english.MergedIntoId, english.Version));
        Assert.Equal((TopicState.Merged, 1), (third.State, third.MergedIntoId));   // repointed: one step from the topic that counts
        var merged = await db.TopicEvents.AsNoTracking().Where(e => e.Kind == TopicEventKind.MergedByAnalyst).OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Equal([(3, 2), (2, 1)], merged.Select(e => (e.TopicId, e.RelatedTopicId!.Value)));
        Assert.Equal("赵建国", merged[1].ActorName);
        var published = _publisher.Published.OfType<TopicsChangedEvent>().Last();
        Assert.Equal([English, Chinese], published.Topics);
        Assert.Null(published.ModelVersion);
    }

    [Fact]
    public async Task A_decision_on_a_version_someone_else_changed_is_refused_and_changes_nothing()
    {
        await PlantAsync();
        var seen = await VersionOf(Chinese);
        await Commands.RenameAsync(Chinese, seen, "手机银行登录失败", TestRules.Manager, Ct);   // someone else, first
        _publisher.Published.Clear();

        var stale = await Assert.ThrowsAsync<DomainException>(() => Commands.MarkNoiseAsync(Chinese, seen, true, TestRules.Supervisor, Ct));
        var staleMerge = await Assert.ThrowsAsync<DomainException>(() => Commands.MergeAsync(Chinese, seen, English, TestRules.Supervisor, Ct));

        Assert.Equal(("concurrency_conflict", "concurrency_conflict"), (stale.Code, staleMerge.Code));
        var detail = await Get<ITopicQueries>().GetAsync(Chinese, TestRules.Supervisor, Ct);
        Assert.Equal((TopicState.Active, "手机银行登录失败", 3), (detail!.Topic.State, detail.Topic.DisplayName, detail.Topic.Size));
        Assert.Empty(_publisher.Published);
    }

    [Fact]
    public async Task A_handler_may_not_steer_and_bad_input_is_refused_by_its_code()
    {
        var (zh, _, _) = await PlantAsync();
        var version = await VersionOf(Chinese);

        var handler = await Assert.ThrowsAsync<ForbiddenException>(() => Commands.RenameAsync(Chinese, version, "x", TestRules.Handler, Ct));
        var self = await Assert.ThrowsAsync<DomainException>(() => Commands.MergeAsync(Chinese, version, Chinese, TestRules.Supervisor, Ct));
        var tooLong = await Assert.ThrowsAsync<DomainException>(() => Commands.RenameAsync(Chinese, version, new string('名', Topic.NameLength + 1), TestRules.Supervisor, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Commands.MergeAsync(Chinese, version, new TopicKey(99), TestRules.Supervisor, Ct));

        Assert.Equal(("forbidden", "topic_merge_self", "validation_failed"), (handler.Code, self.Code, tooLong.Code));
        Assert.Equal(version, await VersionOf(Chinese));
        Assert.All((await CurrentAsync(zh)).Values, topic => Assert.Equal(1, topic));
        Assert.Empty(_publisher.Published);
    }

    [Fact]
    public async Task Noise_can_be_marked_and_cleared_and_a_split_requested()
    {
        await PlantAsync();

        var noise = await Commands.MarkNoiseAsync(Chinese, await VersionOf(Chinese), true, TestRules.Supervisor, Ct);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Commands.RequestSplitAsync(Chinese, noise, TestRules.Supervisor, Ct));
        var cleared = await Commands.MarkNoiseAsync(Chinese, noise, false, TestRules.Supervisor, Ct);
        await Commands.RequestSplitAsync(Chinese, cleared, TestRules.Supervisor, Ct);

        Assert.Equal("topic_not_active", refused.Code);   // only an active topic can be split
        var detail = await Get<ITopicQueries>().GetAsync(Chinese, TestRules.Supervisor, Ct);
        Assert.Equal((TopicState.Active, true), (detail!.Topic.State, detail.Topic.SplitRequested));
        Assert.Equal([TopicEventKind.SplitRequested, TopicEventKind.NoiseCleared, TopicEventKind.MarkedNoise], detail.History.Take(3).Select(e => e.Kind));
        Assert.Equal(3, _publisher.Published.OfType<TopicsChangedEvent>().Count());
    }
}

public sealed class SqliteTopicCommandsTests : TopicCommandsTestsBase<SqliteTestDatabase>;

public sealed class PostgresTopicCommandsTests : TopicCommandsTestsBase<PostgresTestDatabase>;
