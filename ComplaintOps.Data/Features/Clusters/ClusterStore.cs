using ComplaintOps.Data.Domain.Clusters;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Clusters;

/// <inheritdoc />
public sealed class ClusterStore(IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock) : IClusterStore
{
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

    public async Task SaveAsync(IReadOnlyCollection<KeyValuePair<Guid, int>> assignments, string modelVersion, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var chunk in assignments.Chunk(Batch))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var ids = chunk.Select(a => a.Key).ToList();
            var existing = await db.ComplaintClusters.Where(a => ids.Contains(a.ComplaintId)).ToDictionaryAsync(a => a.ComplaintId, cancellationToken);
            foreach (var (complaintId, cluster) in chunk)
            {
                if (existing.TryGetValue(complaintId, out var row))
                {
                    row.Reassign(cluster, modelVersion, now);
                }
                else
                {
                    db.ComplaintClusters.Add(new ComplaintCluster(complaintId, cluster, modelVersion, now));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetTopicKeysAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<Guid, string>(ids.Count);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(Batch))
        {
            var rows = await db.ComplaintClusters.AsNoTracking().Where(a => chunk.Contains(a.ComplaintId))
                .Select(a => new { a.ComplaintId, a.ModelVersion, a.Cluster }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                keys[row.ComplaintId] = ComplaintCluster.Key(row.ModelVersion, row.Cluster);
            }
        }

        return keys;
    }

    public async Task<int> CountAsync(string modelVersion, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ComplaintClusters.CountAsync(a => a.ModelVersion == modelVersion, cancellationToken);
    }

    private static IQueryable<ComplaintText> Project(IQueryable<Complaint> complaints) => complaints.Select(c => new ComplaintText(
        c.Id, c.Subject, c.Description, c.Language, c.Category, c.Severity, c.Product, c.CustomerName, c.RegisteredAtUtc));
}
