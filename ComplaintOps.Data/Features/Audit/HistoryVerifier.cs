using System.Runtime.CompilerServices;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Audit;

/// <summary>One complaint's verdict: <see cref="Break"/> is null when its history is intact.</summary>
public sealed record HistoryCheck(Guid ComplaintId, string Reference, HistoryBreak? Break)
{
    public bool Intact => Break is null;
}

/// <summary>
/// Re-verifies stored complaint histories against the configured key (Complaint.FindHistoryBreak): one complaint, or
/// all of them in batches so memory stays flat however large the database is.
/// </summary>
public sealed class HistoryVerifier(IDbContextFactory<ComplaintOpsDbContext> dbFactory, HistorySeal seal)
{
    public const int DefaultBatchSize = 200;

    public async Task<HistoryCheck?> VerifyAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.AsNoTracking().Include(c => c.Events)
            .SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
        return complaint is null ? null : Check(complaint);
    }

    /// <summary>Every complaint in reference order, <paramref name="batchSize"/> at a time, each batch on its own short-lived context.</summary>
    public async IAsyncEnumerable<HistoryCheck> VerifyAllAsync(int batchSize = DefaultBatchSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        string? after = null;
        while (true)
        {
            var checks = await NextBatchAsync(after, batchSize, cancellationToken);
            foreach (var check in checks)
            {
                yield return check;
            }

            if (checks.Count < batchSize)
            {
                yield break;
            }

            after = checks[^1].Reference;
        }
    }

    // Keyset paging on the unique Reference: each batch costs the same, unlike Skip on a large table.
    private async Task<List<HistoryCheck>> NextBatchAsync(string? after, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var q = db.Complaints.AsNoTracking();
        if (after is not null)
        {
            q = q.Where(c => string.Compare(c.Reference, after) > 0);
        }

        var batch = await q.OrderBy(c => c.Reference).Take(batchSize).Include(c => c.Events).AsSplitQuery().ToListAsync(cancellationToken);
        return batch.ConvertAll(Check);
    }

    private HistoryCheck Check(Complaint complaint) => new(complaint.Id, complaint.Reference, complaint.FindHistoryBreak(seal));
}
