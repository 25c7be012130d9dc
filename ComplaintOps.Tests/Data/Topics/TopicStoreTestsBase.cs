using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Providers;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Data.Topics;

/// <summary>The trainer lease and the fenced publication of a model version, on a real database.</summary>
public abstract class TopicStoreTestsBase(DatabaseProvider provider) : IntegrationTest(provider)
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);

    private IModelLease Lease => Get<IModelLease>();

    private ITopicStore Store => Get<ITopicStore>();

    [Fact]
    public async Task Of_eight_instances_asking_at_once_exactly_one_gets_the_lease_and_it_passes_on_only_when_it_expires()
    {
        var tickets = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Lease.TryTakeAsync($"node-{i}", Ttl, Ct)));

        var winner = Assert.Single(tickets, t => t is not null)!;
        var renewed = await Lease.TryTakeAsync(winner.Holder, Ttl, Ct);
        Assert.Equal(winner.Generation, renewed!.Generation);            // renewal keeps the generation
        Assert.Null(await Lease.TryTakeAsync("node-late", Ttl, Ct));

        Clock.Advance(Ttl + TimeSpan.FromSeconds(1));
        var next = await Lease.TryTakeAsync("node-late", Ttl, Ct);
        Assert.NotNull(next);
        Assert.Equal(winner.Generation + 1, next.Generation);
    }

    [Fact]
    public async Task A_trainer_that_lost_its_lease_publishes_nothing()
    {
        var stale = (await Lease.TryTakeAsync("node-a", Ttl, Ct))!;
        Clock.Advance(Ttl + TimeSpan.FromSeconds(1));
        var fresh = (await Lease.TryTakeAsync("node-b", Ttl, Ct))!;

        Assert.False(await Store.PublishAsync(Publication(1, [Born(1)], []), stale, Ct));
        Assert.Null(await Store.LatestVersionAsync(Ct));
        Assert.True(await Store.PublishAsync(Publication(1, [Born(1)], []), fresh, Ct));
        Assert.Equal(1, (await Store.LatestVersionAsync(Ct))!.Number);
        Assert.Equal([1, 2, 3], await Store.PayloadAsync(1, Ct));
    }

    [Fact]
    public async Task Publishing_keeps_every_version_placements_as_history_and_applies_each_topic_fate()
    {
        var a = await ComplaintInAsync(ComplaintStatus.Registered);
        var b = await ComplaintInAsync(ComplaintStatus.Registered);
        var lease = (await Lease.TryTakeAsync("node-a", Ttl, Ct))!;
        Assert.True(await Store.PublishAsync(Publication(1, [Born(1), Born(2), Born(3)], [new(a, 1, 0.9f), new(b, 2, 0.8f)]), lease, Ct));
        await RenameAsync(1, "年费重复扣收");

        // v2: topic 1 continues under a new label, 2 is merged into 1 by the training, 3 ends, 4 is split off 1.
        Assert.True(await Store.PublishAsync(Publication(2,
            [Continued(1, "年费 / 扣收"), new TopicOutcome(2, TopicSpace.Chinese, TopicFate.MergedInto, "", 0, 0, MergedIntoId: 1),
             new TopicOutcome(3, TopicSpace.Chinese, TopicFate.Ended, "", 0, 0), new TopicOutcome(4, TopicSpace.Chinese, TopicFate.Born, "白金卡", 3, 0.7, ParentId: 1)],
            [new(a, 1, 0.95f), new(b, null, 0.2f)]), lease, Ct));

        var current = await Store.CurrentPlacementsAsync([a, b], Ct);
        Assert.Equal((1, (int?)null), (current[a].TopicId, current[b].TopicId));
        var topics = (await Store.ListTopicsAsync(Ct)).ToDictionary(t => t.Id);
        Assert.Equal(("年费重复扣收", "年费 / 扣收", TopicState.Active), (topics[1].DisplayName, topics[1].Label, topics[1].State));
        Assert.Equal((TopicState.Merged, 1), (topics[2].State, topics[2].MergedIntoId));
        Assert.Equal((TopicState.Ended, 2), (topics[3].State, topics[3].EndedInVersion));
        Assert.Equal((1, 2), (topics[4].ParentId, topics[4].BornInVersion));
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        var history = await db.TopicAssignments.Where(x => x.ComplaintId == b).OrderBy(x => x.ModelVersion)
            .Select(x => new { x.ModelVersion, x.TopicId, x.IsCurrent }).ToListAsync(Ct);
        Assert.Equal([(1, (int?)2, false), (2, null, true)], history.Select(h => (h.ModelVersion, h.TopicId, h.IsCurrent)));
        var kinds = await db.TopicEvents.OrderBy(e => e.Id).Select(e => new { e.TopicId, e.Kind }).ToListAsync(Ct);
        Assert.Contains(kinds, e => e.TopicId == 2 && e.Kind == TopicEventKind.Merged);
        Assert.Contains(kinds, e => e.TopicId == 3 && e.Kind == TopicEventKind.Ended);
        Assert.Contains(kinds, e => e.TopicId == 4 && e.Kind == TopicEventKind.Split);
    }

    private async Task RenameAsync(int id, string name)
    {
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        var topic = await db.Topics.SingleAsync(t => t.Id == id, Ct);
        db.TopicEvents.Add(topic.Rename(name, TestRules.Supervisor, Clock.GetUtcNow()));
        await db.SaveChangesAsync(Ct);
    }

    private static TopicOutcome Born(int id) => new(id, TopicSpace.Chinese, TopicFate.Born, $"label {id}", 1, 0.5);

    private static TopicOutcome Continued(int id, string label) => new(id, TopicSpace.Chinese, TopicFate.Continued, label, 2, 0.6);

    private ModelPublication Publication(int number, IReadOnlyList<TopicOutcome> topics, IReadOnlyList<TopicPlacement> placements) =>
        new(new ModelVersion(number, Clock.GetUtcNow(), "node", 0, placements.Count, "{}", "{}", TimeSpan.FromSeconds(1)), [1, 2, 3], topics, placements);
}

public sealed class SqliteTopicStoreTests() : TopicStoreTestsBase(DatabaseProvider.Sqlite);

public sealed class PostgresTopicStoreTests() : TopicStoreTestsBase(DatabaseProvider.Postgres);
