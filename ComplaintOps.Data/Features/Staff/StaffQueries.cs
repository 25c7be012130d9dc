using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Staff;

public sealed class StaffQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory) : IStaffQueries
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().OrderBy(s => s.Role).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }

    public async Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }
}
