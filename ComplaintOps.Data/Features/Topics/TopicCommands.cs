using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Topics;

/// <inheritdoc />
public sealed class TopicCommands(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IEnumerable<IDomainEventPublisher> publishers, TimeProvider clock)
    : ITopicCommands
{
    private readonly IDomainEventPublisher[] _publishers = [.. publishers];

    public Task<int> RenameAsync(TopicKey topic, int expectedVersion, string? name, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(topic, expectedVersion, (_, t, now) => Task.FromResult(t.Rename(name, actor, now)), null, cancellationToken);

    public Task<int> MarkNoiseAsync(TopicKey topic, int expectedVersion, bool noise, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(topic, expectedVersion, (_, t, now) => Task.FromResult(t.MarkNoise(noise, actor, now)), null, cancellationToken);

    public Task<int> RequestSplitAsync(TopicKey topic, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(topic, expectedVersion, (_, t, now) => Task.FromResult(t.RequestSplit(actor, now)), null, cancellationToken);

    public Task<int> MergeAsync(TopicKey topic, int expectedVersion, TopicKey into, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(topic, expectedVersion, async (db, merged, now) =>
        {
            var survivor = await db.Topics.SingleOrDefaultAsync(t => t.Id == into.Value, cancellationToken) ?? throw new NotFoundException("Topic", into);
            var merge = merged.MergeInto(survivor, actor, now);   // throws on a broken rule before anything is written
            foreach (var pointing in await db.Topics.Where(t => t.MergedIntoId == merged.Id).ToListAsync(cancellationToken))
            {
                pointing.Repoint(survivor.Id, now);   // every merged topic stays one step from the topic that counts
            }

            return merge;
        }, into, cancellationToken);

    /// <summary>
    /// Loads the topic, checks the version the analyst saw, applies the decision and stores it with its event in one
    /// transaction; for a merge into <paramref name="mergedInto"/> the same transaction moves the current placements. Then
    /// publishes the change.
    /// </summary>
    private async Task<int> ChangeAsync(TopicKey key, int expectedVersion, Func<ComplaintOpsDbContext, Topic, DateTimeOffset, Task<TopicEvent>> decide,
        TopicKey? mergedInto, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var topic = await db.Topics.SingleOrDefaultAsync(t => t.Id == key.Value, cancellationToken) ?? throw new NotFoundException("Topic", key);
        if (topic.Version != expectedVersion)
        {
            throw Conflict(key, expectedVersion, topic.Version);
        }

        db.TopicEvents.Add(await decide(db, topic, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Conflict(key, expectedVersion, null);
        }

        if (mergedInto is { } survivor)
        {
            // The current row is THE topic of a complaint; older rows keep the merged topic as history.
            await db.TopicAssignments.Where(a => a.IsCurrent && a.TopicId == key.Value)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.TopicId, (int?)survivor.Value), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await PublishAsync(mergedInto is { } other ? [key, other] : [key], now, cancellationToken);
        return topic.Version;
    }

    private async Task PublishAsync(IReadOnlyList<TopicKey> topics, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyList<IDomainEvent> events = [new TopicsChangedEvent(topics, null, now)];
        foreach (var publisher in _publishers)
        {
            await publisher.PublishAsync(events, cancellationToken);
        }
    }

    private static DomainException Conflict(TopicKey key, int expected, int? actual) =>
        new("concurrency_conflict", actual is { } now
            ? $"Topic {key} was changed by someone else (you saw version {expected}, it is now {now}). Reload and try again."
            : $"Topic {key} was changed by someone else. Reload and try again.");
}
