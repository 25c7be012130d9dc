using System.Security.Cryptography;
using System.Text.Json;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Complaints;

public sealed class ComplaintCommands(
    IDbContextFactory<ComplaintOpsDbContext> dbFactory, HandlingRulesProvider rulesProvider, NoticeWriter notices, TimeProvider clock)
    : IComplaintCommands
{
    public async Task<IReadOnlyList<FieldError>> ValidateAsync(NewComplaint complaint, CancellationToken cancellationToken)
    {
        var rules = await rulesProvider.ForNewAsync(complaint, cancellationToken);
        var now = clock.GetUtcNow();
        return NewComplaintValidator.Check(complaint, now, rules.Calendar.LocalDate(now));
    }

    public async Task<RegistrationResult> RegisterAsync(NewComplaint complaint, Actor actor, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var rules = await rulesProvider.ForNewAsync(complaint, cancellationToken);
        var now = clock.GetUtcNow();
        NewComplaintValidator.ThrowIfInvalid(complaint, now, rules.Calendar.LocalDate(now));
        var fingerprint = idempotencyKey is null ? null : Fingerprint(complaint);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (idempotencyKey is not null && await FindByKeyAsync(db, idempotencyKey, fingerprint!, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        await RequireActivePartnerAsync(db, complaint.PartnerCode, cancellationToken);
        var entity = Complaint.Register(complaint, actor, now, rules, idempotencyKey, fingerprint);
        db.ChangeTracker.AutoDetectChangesEnabled = false;   // a new graph, added whole: nothing to detect
        db.Complaints.Add(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A concurrent retry with the same key won the insert: answer as it did.
            await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await FindByKeyAsync(again, idempotencyKey, fingerprint!, cancellationToken) ?? throw new InvalidOperationException("Insert failed.");
        }

        return new RegistrationResult(entity.Id, entity.Reference, entity.Version, Created: true);
    }

    public async Task<int> ApplyAsync(Guid complaintId, int expectedVersion, ComplaintActivity activity, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await LoadAsync(db, complaintId, expectedVersion, cancellationToken);
        if (activity is Classify classify)
        {
            await RequireActivePartnerAsync(db, classify.Partner, cancellationToken);
        }

        var rules = await rulesProvider.GetAsync(complaint.SlaPolicyName, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Apply(activity, actor, now, rules);
        // The customer's notices commit with the change or not at all (the outbox): the dispatcher sends only what committed.
        db.Notices.AddRange(notices.For(complaint, activity, rules.Calendar, now));
        await SaveAsync(db, complaint, expectedVersion, cancellationToken);
        return complaint.Version;
    }

    public async Task MergeAsync(Guid duplicateId, int duplicateVersion, Guid intoId, bool hasNewFacts, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var duplicate = await LoadAsync(db, duplicateId, duplicateVersion, cancellationToken);
        var into = await db.Complaints.Include(c => c.Clocks).SingleOrDefaultAsync(c => c.Id == intoId, cancellationToken)
                   ?? throw new NotFoundException("Complaint", intoId);
        var now = clock.GetUtcNow();
        duplicate.Apply(new Merge(intoId, $"Repeat of {into.Reference}"),
            actor, now, await rulesProvider.GetAsync(duplicate.SlaPolicyName, cancellationToken));
        into.Apply(new RecordRepeat(duplicateId, hasNewFacts, duplicate.Reference),
            actor, now, await rulesProvider.GetAsync(into.SlaPolicyName, cancellationToken));
        await SaveAsync(db, duplicate, duplicateVersion, cancellationToken);
    }

    private static async Task<Complaint> LoadAsync(ComplaintOpsDbContext db, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.Include(c => c.Clocks).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                        ?? throw new NotFoundException("Complaint", id);
        if (complaint.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(id, expectedVersion, complaint.Version);
        }

        return complaint;
    }

    private async Task SaveAsync(ComplaintOpsDbContext db, Complaint complaint, int expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsHistoryCollision(ex))
        {
            // Another writer committed between our read and our write: the version token (or the unique event sequence) caught it.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var actual = await fresh.Complaints.Where(c => c.Id == complaint.Id).Select(c => c.Version).SingleAsync(cancellationToken);
            throw new ConcurrencyConflictException(complaint.Id, expectedVersion, actual);
        }
    }

    /// <summary>A complaint is linked only to a partner on the list that is still active (the partner list is data, not a catalog the domain knows).</summary>
    private static async Task RequireActivePartnerAsync(ComplaintOpsDbContext db, string? code, CancellationToken cancellationToken)
    {
        if (Domain.Partners.PartnerCodes.Normalize(code) is { } partner
            && !await db.Partners.AnyAsync(p => p.Code == partner && p.Active, cancellationToken))
        {
            throw new DomainException("unknown_partner", $"There is no active partner {partner}.");
        }
    }

    private static bool IsHistoryCollision(DbUpdateException ex) =>
        ex.InnerException?.Message.Contains("ComplaintEvents", StringComparison.OrdinalIgnoreCase) == true
        || ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || ex.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;

    private static async Task<RegistrationResult?> FindByKeyAsync(ComplaintOpsDbContext db, string key, string fingerprint, CancellationToken cancellationToken)
    {
        var hit = await db.Complaints.AsNoTracking().Where(c => c.IdempotencyKey == key)
            .Select(c => new { c.Id, c.Reference, c.Version, c.IntakeFingerprint }).SingleOrDefaultAsync(cancellationToken);
        if (hit is null)
        {
            return null;
        }

        return hit.IntakeFingerprint == fingerprint
            ? new RegistrationResult(hit.Id, hit.Reference, hit.Version, Created: false)
            : throw new IdempotencyKeyReusedException(key);
    }

    private static string Fingerprint(NewComplaint complaint) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(complaint)));
}
