using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.PersonalData;

/// <summary>
/// Reads one field and writes its access-log row in one transaction: if the row cannot be written, the value is not
/// returned. Permission and scope are checked before anything is read.
/// </summary>
public sealed class PersonalDataReveal(IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock) : IPersonalDataAccess
{
    public async Task<string?> RevealAsync(Guid complaintId, PersonalDataField field, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Has(Permission.ViewPersonalData))
        {
            throw ForbiddenException.Lacking(Permission.ViewPersonalData);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // SQL Server's retrying strategy only allows a user transaction inside the strategy (a retry repeats the whole unit).
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var complaint = await db.Complaints.AsNoTracking().Where(c => c.Id == complaintId)
                .Select(c => new { c.Reference, c.Department, c.HandlerId })
                .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Complaint", complaintId);
            if (!ComplaintAccess.CanView(viewer, complaint.Department, complaint.HandlerId))
            {
                throw ForbiddenException.OutOfScope();
            }

            var value = await Read(db.Complaints.AsNoTracking().Where(c => c.Id == complaintId), field).SingleAsync(ct);
            db.PersonalDataAccesses.Add(PersonalDataAccess.Record(complaintId, complaint.Reference, field, viewer, clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return value;
        }, cancellationToken);
    }

    // Only the one column is selected (and decrypted).
    private static IQueryable<string?> Read(IQueryable<Complaint> complaint, PersonalDataField field) => field switch
    {
        PersonalDataField.Name => complaint.Select(c => (string?)c.CustomerName),
        PersonalDataField.Phone => complaint.Select(c => c.CustomerPhone),
        PersonalDataField.Email => complaint.Select(c => c.CustomerEmail),
        PersonalDataField.IdNumber => complaint.Select(c => c.CustomerIdNumber),
        PersonalDataField.Account => complaint.Select(c => c.CustomerAccount),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
