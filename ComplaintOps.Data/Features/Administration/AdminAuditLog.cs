using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Administration;

public sealed class AdminAuditLog(IDbContextFactory<ComplaintOpsDbContext> dbFactory) : IAdminAuditLog
{
    public async Task<IReadOnlyList<AdminAuditRow>> LatestAsync(int take, Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.RequireAnyAdministrative(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AdminAuditEntries.AsNoTracking()
            .OrderByDescending(e => e.AtUtc)
            .Take(Math.Clamp(take, 1, 500))
            .Select(e => new AdminAuditRow(e.AtUtc, e.ActorId, e.ActorName, e.Action, e.Target, e.Details))
            .ToListAsync(cancellationToken);
    }
}
