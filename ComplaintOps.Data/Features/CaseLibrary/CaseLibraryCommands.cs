using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.CaseLibrary;

public sealed class CaseLibraryCommands(IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock) : ICaseLibraryCommands
{
    public async Task<LibraryCaseDetail> PromoteAsync(CasePromotion promotion, Actor actor, CaseVector? vector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(promotion);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == promotion.ComplaintId, cancellationToken)
                        ?? throw new NotFoundException("Complaint", promotion.ComplaintId);
        var existing = await db.LibraryCases.Where(c => c.ComplaintId == complaint.Id).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            throw new CaseAlreadyPromotedException(complaint.Reference, id);
        }

        // The case joins its complaint's current topic (when a model has placed it), for the topic filter.
        var topic = await db.TopicAssignments.AsNoTracking().Where(a => a.ComplaintId == complaint.Id && a.IsCurrent)
            .Select(a => a.TopicId).FirstOrDefaultAsync(cancellationToken);
        var entity = LibraryCase.Promote(complaint, promotion, actor, clock.GetUtcNow(), TopicKey.From(topic));
        CasePromotionValidator.ThrowIfInvalid(promotion, complaint);
        Add(db, entity, vector);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent promotion of the same complaint won the unique index.
            await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
            var winner = await again.LibraryCases.Where(c => c.ComplaintId == complaint.Id).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
            if (winner is { } w)
            {
                throw new CaseAlreadyPromotedException(complaint.Reference, w);
            }

            throw;
        }

        return CaseLibraryQueries.ToDetail(entity);
    }

    /// <summary>Adds a case with its word index (and vector) to <paramref name="db"/>; shared with the demo seeder.</summary>
    public static void Add(ComplaintOpsDbContext db, LibraryCase entity, CaseVector? vector)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        db.LibraryCases.Add(entity);
        CaseTextIndex.Add(db, entity);
        if (vector is not null)
        {
            db.LibraryCaseVectors.Add(new LibraryCaseVector(entity.Id, vector.EmbedderVersion, vector.Values.Length, vector.ToBytes()));
        }
    }

    public async Task SaveVectorsAsync(IReadOnlyList<(Guid CaseId, CaseVector Vector)> vectors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = vectors.Select(v => v.CaseId).ToList();
        var stored = await db.LibraryCaseVectors.Where(v => ids.Contains(v.CaseId)).ToDictionaryAsync(v => v.CaseId, cancellationToken);
        foreach (var (caseId, vector) in vectors)
        {
            if (stored.TryGetValue(caseId, out var row))
            {
                row.Replace(vector.EmbedderVersion, vector.Values.Length, vector.ToBytes());
            }
            else
            {
                db.LibraryCaseVectors.Add(new LibraryCaseVector(caseId, vector.EmbedderVersion, vector.Values.Length, vector.ToBytes()));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
