using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>
/// In-memory topics for component tests: real <see cref="Topic"/> entities, so steering runs the domain's own rules
/// (permission, states, versions); sizes and trends are what the test sets. The data tests cover the real services.
/// </summary>
public sealed class FakeTopics : ITopicQueries, ITopicCommands
{
    private readonly Dictionary<int, Topic> _topics = [];
    private readonly List<TopicHistoryEntry> _history = [];

    public Dictionary<int, int> Sizes { get; } = [];

    public List<TypicalComplaint> Typical { get; } = [];

    public int Commands { get; private set; }

    /// <summary>Adds an active topic born in v1 (emerging when <paramref name="emerging"/>).</summary>
    public Topic Add(int id, TopicSpace space, string label, bool emerging = false, int size = 0)
    {
        var (topic, _) = emerging
            ? Topic.Emerged(id, space, label, size, 0.7, 1, ComplaintOpsBunitContext.Now)
            : Topic.Born(id, space, label, 1, null, ComplaintOpsBunitContext.Now);
        _topics[id] = topic;
        Sizes[id] = size;
        return topic;
    }

    public Task<IReadOnlyList<TopicRow>> ListAsync(TopicListQuery query, Actor viewer, CancellationToken cancellationToken)
    {
        Demand(viewer);
        return Task.FromResult<IReadOnlyList<TopicRow>>([.. _topics.Values
            .Where(t => (query.State is null || t.State == query.State) && (query.Space is null || t.Space == query.Space))
            .OrderBy(t => t.State != TopicState.Emerging).ThenBy(t => t.Id).Select(Row)]);
    }

    public Task<TopicDetail?> GetAsync(TopicKey key, Actor viewer, CancellationToken cancellationToken)
    {
        Demand(viewer);
        return Task.FromResult(_topics.TryGetValue(key.Value, out var t) ? new TopicDetail(Row(t), [.. Typical], [.. _history]) : null);
    }

    public Task<IReadOnlyDictionary<TopicKey, string>> NamesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<TopicKey, string>>(_topics.Values.ToDictionary(t => t.Key, t => t.DisplayName));

    public Task<int> RenameAsync(TopicKey topic, int expectedVersion, string? name, Actor actor, CancellationToken cancellationToken) =>
        Change(topic, expectedVersion, t => t.Rename(name, actor, ComplaintOpsBunitContext.Now));

    public Task<int> MergeAsync(TopicKey topic, int expectedVersion, TopicKey into, Actor actor, CancellationToken cancellationToken) =>
        Change(topic, expectedVersion, t => t.MergeInto(_topics[into.Value], actor, ComplaintOpsBunitContext.Now));

    public Task<int> MarkNoiseAsync(TopicKey topic, int expectedVersion, bool noise, Actor actor, CancellationToken cancellationToken) =>
        Change(topic, expectedVersion, t => t.MarkNoise(noise, actor, ComplaintOpsBunitContext.Now));

    public Task<int> RequestSplitAsync(TopicKey topic, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        Change(topic, expectedVersion, t => t.RequestSplit(actor, ComplaintOpsBunitContext.Now));

    private Task<int> Change(TopicKey key, int expectedVersion, Func<Topic, TopicEvent> decide)
    {
        var topic = _topics[key.Value];
        if (topic.Version != expectedVersion)
        {
            throw new DomainException("concurrency_conflict", "Changed by someone else.");
        }

        var e = decide(topic);
        Commands++;
        _history.Insert(0, new TopicHistoryEntry(e.Kind, key, TopicKey.From(e.RelatedTopicId), e.ModelVersion, e.ActorName, e.Detail, e.AtUtc));
        return Task.FromResult(topic.Version);
    }

    private TopicRow Row(Topic t) => new(t.Key, t.DisplayName, t.Name, t.Label, t.Space, t.State, Sizes.GetValueOrDefault(t.Id), [0, 1, 0, 2, 1, 3, 5, 8],
        t.Quality, t.BornInVersion, TopicKey.From(t.MergedIntoId), t.SplitRequested, t.Version);

    private static void Demand(Actor viewer)
    {
        if (!viewer.Has(Permission.ViewAnalytics))
        {
            throw ForbiddenException.Lacking(Permission.ViewAnalytics);
        }
    }
}
