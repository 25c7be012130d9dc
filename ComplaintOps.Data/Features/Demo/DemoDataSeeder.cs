using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>
/// Writes the deterministic bilingual demo data set (<see cref="DemoDataGenerator"/>) relative to today, in batches,
/// each on a fresh context with change detection off: the complaints are new graphs, added once and never edited.
/// Their domain events are dropped: the demo history is not live news.
/// </summary>
public sealed class DemoDataSeeder(IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock, HandlingRulesProvider rulesProvider)
{
    public const int BatchSize = 500;

    /// <summary>Returns the number of complaints written.</summary>
    public async Task<int> SeedAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rules = await rulesProvider.GetAsync(null, cancellationToken);
        var written = 0;
        var batch = new List<Complaint>(BatchSize);
        foreach (var complaint in DemoDataGenerator.Generate(options.Complaints, options.RandomSeed, clock.GetUtcNow(), rules.Calendar, rules.Tiers))
        {
            complaint.ClearDomainEvents();
            batch.Add(complaint);
            if (batch.Count == BatchSize)
            {
                written += await WriteAsync(batch, cancellationToken);
            }
        }

        if (batch.Count > 0)
        {
            written += await WriteAsync(batch, cancellationToken);
        }

        return written;
    }

    private async Task<int> WriteAsync(List<Complaint> batch, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Complaints.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        var count = batch.Count;
        batch.Clear();
        return count;
    }
}
