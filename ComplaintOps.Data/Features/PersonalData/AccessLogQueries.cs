using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.PersonalData;

public sealed class AccessLogQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory) : IAccessLogQueries
{
    public async Task<PagedResult<AccessLogRow>> ListAsync(AccessLogQuery query, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Has(Permission.ViewAccessLog))
        {
            throw ForbiddenException.Lacking(Permission.ViewAccessLog);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var q = db.PersonalDataAccesses.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.ComplaintReference))
        {
            var reference = query.ComplaintReference.Trim();
            q = q.Where(a => a.ComplaintReference.Contains(reference));
        }

        if (!string.IsNullOrWhiteSpace(query.Viewer))
        {
            var who = query.Viewer.Trim();
            q = q.Where(a => a.ViewerId.Contains(who) || a.ViewerName.Contains(who));
        }

        if (query.FromUtc is { } from)
        {
            q = q.Where(a => a.AtUtc >= from);
        }

        if (query.ToUtc is { } to)
        {
            q = q.Where(a => a.AtUtc < to);
        }

        var total = await q.CountAsync(cancellationToken);
        var rows = await q.OrderByDescending(a => a.AtUtc).ThenBy(a => a.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500))
            .Select(a => new AccessLogRow(a.Id, a.AtUtc, a.ComplaintId, a.ComplaintReference, a.Field, a.ViewerId, a.ViewerName, a.ViewerRole))
            .ToListAsync(cancellationToken);
        return new PagedResult<AccessLogRow>(rows, total);
    }
}
