using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Topics;

/// <inheritdoc />
public sealed class TopicStore(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IEnumerable<IDomainEventPublisher> publishers, TimeProvider clock) : ITopicStore
{
    private readonly IDomainEventPublisher[] _publishers = [.. publishers];

    private const int Batch = 2_000;

    public async Task<IReadOnlyList<ComplaintText>> ListTextsAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Project(db.Complaints.AsNoTracking().Where(c => c.Status != ComplaintStatus.Merged)
            .OrderByDescending(c => c.RegisteredAtUtc).Take(max)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ComplaintText>> GetTextsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var texts = new List<ComplaintText>(ids.Count);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(Batch))
        {
            texts.AddRange(await Project(db.Complaints.AsNoTracking().Where(c => chunk.Contains(c.Id))).ToListAsync(cancellationToken));
        }

        return texts;
    }

    public async Task<IReadOnlyDictionary<Guid, TopicPlacement>> CurrentPlacementsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var topics = new Dictionary<Guid, TopicPlacement>(ids.Count);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(Batch))
        {
            foreach (var row in await db.TopicAssignments.AsNoTracking().Where(a => a.IsCurrent && chunk.Contains(a.ComplaintId))
                         .Select(a => new TopicPlacement(a.ComplaintId, a.TopicId, a.Similarity, a.NearestTopicId)).ToListAsync(cancellationToken))
            {
                topics[row.ComplaintId] = row;
            }
        }

        return topics;
    }

    public async Task<IReadOnlyList<Topic>> ListTopicsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Topics.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, float[]>> GetEmbeddingsAsync(IReadOnlyCollection<Guid> ids, string encoder, CancellationToken cancellationToken)
    {
        var vectors = new Dictionary<Guid, float[]>(ids.Count);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(Batch))
        {
            foreach (var row in await db.ComplaintEmbeddings.AsNoTracking().Where(e => e.Encoder == encoder && chunk.Contains(e.ComplaintId))
                         .ToListAsync(cancellationToken))
            {
                vectors[row.ComplaintId] = row.Values();
            }
        }

        return vectors;
    }

    public async Task SaveEmbeddingsAsync(IReadOnlyCollection<KeyValuePair<Guid, float[]>> embeddings, string encoder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var chunk in embeddings.Chunk(Batch))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var ids = chunk.Select(e => e.Key).ToList();
            await db.ComplaintEmbeddings.Where(e => ids.Contains(e.ComplaintId)).ExecuteDeleteAsync(cancellationToken);
            db.ComplaintEmbeddings.AddRange(chunk.Select(e => new ComplaintEmbedding(e.Key, encoder, e.Value, now)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<ModelVersion?> LatestVersionAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ModelVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<int> HighestPlacedVersionAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.TopicAssignments.MaxAsync(a => (int?)a.ModelVersion, cancellationToken) ?? 0;
    }

    public async Task<IReadOnlyList<ModelVersion>> ListVersionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ModelVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
    }

    public async Task<byte[]?> PayloadAsync(int modelVersion, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ModelPayloads.AsNoTracking().Where(p => p.ModelVersion == modelVersion).Select(p => p.Content).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> PublishAsync(ModelPublication publication, LeaseTicket lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(lease);
        var now = clock.GetUtcNow();
        var number = publication.Version.Number;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The fence: a trainer whose lease expired and was taken by another instance publishes nothing.
        var held = await db.ModelLeases.AnyAsync(l => l.Name == lease.Name && l.Holder == lease.Holder && l.Generation == lease.Generation
            && l.ExpiresAtUtc >= now, cancellationToken);
        if (!held || await db.ModelVersions.AnyAsync(v => v.Number == number, cancellationToken))
        {
            return false;
        }

        db.ModelVersions.Add(publication.Version);
        db.ModelPayloads.Add(new ModelPayload(number, publication.Payload));
        var topics = await db.Topics.ToDictionaryAsync(t => t.Id, cancellationToken);
        TopicFates.Apply(db, topics, publication.Topics, number, now);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await InsertPlacementsAsync(db, publication.Placements, number, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await ChangedAsync([.. publication.Topics.Select(t => new TopicKey(t.TopicId))], number, now, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<PlacedText>> UnassignedOrEmergingSinceAsync(DateTimeOffset sinceUtc, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var emerging = db.Topics.Where(t => t.State == TopicState.Emerging).Select(t => (int?)t.Id);
        var rows = await db.TopicAssignments.AsNoTracking()
            .Where(a => a.IsCurrent && (a.TopicId == null || emerging.Contains(a.TopicId)))
            .Join(db.Complaints.Where(c => c.RegisteredAtUtc >= sinceUtc), a => a.ComplaintId, c => c.Id, (a, c) => new { a.TopicId, c.Id })
            .ToListAsync(cancellationToken);
        var topics = rows.ToDictionary(r => r.Id, r => r.TopicId);
        var texts = await GetTextsAsync(topics.Keys, cancellationToken);
        return [.. texts.Select(t => new PlacedText(t, topics[t.Id]))];
    }

    public async Task<bool> RecordEmergingAsync(
        IReadOnlyList<EmergingTopicRecord> topics, IReadOnlyList<TopicPlacement> placements, int modelVersion, LeaseTicket lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.ModelLeases.AnyAsync(l => l.Name == lease.Name && l.Holder == lease.Holder && l.Generation == lease.Generation
                && l.ExpiresAtUtc >= now, cancellationToken))
        {
            return false;
        }

        var existing = topics.Where(t => !t.IsNew).Select(t => t.TopicId).ToList();
        var stored = await db.Topics.Where(t => existing.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var t in topics)
        {
            if (t.IsNew)
            {
                var (topic, emerged) = Topic.Emerged(t.TopicId, t.Space, t.Label, t.Size, t.Cohesion, modelVersion, now);
                db.Topics.Add(topic);
                db.TopicEvents.Add(emerged);
            }
            else if (stored.TryGetValue(t.TopicId, out var topic))
            {
                topic.Grow(t.Label, t.Size, t.Cohesion, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await InsertPlacementsAsync(db, placements, modelVersion, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await ChangedAsync([.. topics.Select(t => new TopicKey(t.TopicId))], modelVersion, now, cancellationToken);
        return true;
    }

    public async Task PlaceAsync(IReadOnlyCollection<TopicPlacement> placements, int modelVersion, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await InsertPlacementsAsync(db, placements, modelVersion, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await ChangedAsync([.. placements.Select(p => p.TopicId).OfType<int>().Distinct().Select(id => new TopicKey(id))], modelVersion, now, cancellationToken);
    }

    // After the commit, like every change: dashboards, other instances' caches and alerts react to the event, never to a call.
    private async Task ChangedAsync(IReadOnlyList<TopicKey> topics, int modelVersion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyList<IDomainEvent> events = [new TopicsChangedEvent(topics, modelVersion, now)];
        foreach (var publisher in _publishers)
        {
            await publisher.PublishAsync(events, cancellationToken);
        }
    }

    private static async Task InsertPlacementsAsync(
        ComplaintOpsDbContext db, IReadOnlyCollection<TopicPlacement> placements, int modelVersion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var chunk in placements.Chunk(Batch))
        {
            var ids = chunk.Select(p => p.ComplaintId).ToList();
            await db.TopicAssignments.Where(a => a.ModelVersion == modelVersion && ids.Contains(a.ComplaintId)).ExecuteDeleteAsync(cancellationToken);
            await db.TopicAssignments.Where(a => a.IsCurrent && ids.Contains(a.ComplaintId))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.IsCurrent, false), cancellationToken);
            db.TopicAssignments.AddRange(chunk.Select(p => new TopicAssignment(p.ComplaintId, modelVersion, p.TopicId, p.NearestTopicId ?? p.TopicId, p.Similarity, now)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private static IQueryable<ComplaintText> Project(IQueryable<Complaint> complaints) => complaints.Select(c => new ComplaintText(
        c.Id, c.Subject, c.Description, c.Language, c.Category, c.Severity, c.Product, c.CustomerName, c.RegisteredAtUtc));
}
