using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Topics;

/// <inheritdoc />
public sealed class ModelLeases(IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock) : IModelLease
{
    public async Task<LeaseTicket?> TryTakeAsync(string holder, TimeSpan ttl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureRowAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        var expires = now + ttl;

        // One conditional UPDATE: atomic on SQLite, PostgreSQL and SQL Server, so of two contenders exactly one sees a row changed.
        var taken = await db.ModelLeases
            .Where(l => l.Name == ModelLease.Trainer && (l.Holder == holder || l.Holder == null || l.ExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Generation, l => l.Holder == holder ? l.Generation : l.Generation + 1)
                .SetProperty(l => l.Holder, holder)
                .SetProperty(l => l.ExpiresAtUtc, expires), cancellationToken);
        if (taken == 0)
        {
            return null;
        }

        var generation = await db.ModelLeases.AsNoTracking().Where(l => l.Name == ModelLease.Trainer && l.Holder == holder)
            .Select(l => (long?)l.Generation).FirstOrDefaultAsync(cancellationToken);
        return generation is { } g ? new LeaseTicket(ModelLease.Trainer, holder, g) : null;
    }

    public async Task ReleaseAsync(LeaseTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.ModelLeases.Where(l => l.Name == ticket.Name && l.Holder == ticket.Holder && l.Generation == ticket.Generation)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null), cancellationToken);
    }

    private static async Task EnsureRowAsync(ComplaintOpsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.ModelLeases.AnyAsync(l => l.Name == ModelLease.Trainer, cancellationToken))
        {
            return;
        }

        db.ModelLeases.Add(new ModelLease(ModelLease.Trainer, DateTimeOffset.UnixEpoch));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance created the row first; the conditional update decides who holds it.
            db.ChangeTracker.Clear();
        }
    }
}
