using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Consultations;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Consultations;

public sealed class ConsultationQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory) : IConsultationQueries
{
    public async Task<IReadOnlyList<ConsultationView>> ForComplaintAsync(Guid complaintId, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = await db.Complaints.AsNoTracking().Where(c => c.Id == complaintId)
            .Select(c => new { c.Department, c.HandlerId }).SingleOrDefaultAsync(cancellationToken);
        if (scope is null || !ComplaintAccess.CanView(viewer, scope.Department, scope.HandlerId))
        {
            return [];
        }

        var consultations = await db.Consultations.AsNoTracking().Include(c => c.Opinions)
            .Where(c => c.ComplaintId == complaintId).OrderByDescending(c => c.OpenedAtUtc).ToListAsync(cancellationToken);
        var ids = consultations.Select(c => c.Id).ToList();
        var events = (await db.ConsultationEvents.AsNoTracking().Where(e => ids.Contains(e.ConsultationId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.ConsultationId);
        return consultations.Select(c => ToView(c, events[c.Id], viewer)).ToList();
    }

    public async Task<ConsultationWorkList> WorkListAsync(Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Has(Permission.ConsultCases))
        {
            throw ForbiddenException.Lacking(Permission.ConsultCases);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var department = viewer.Department;
        var open = await db.Consultations.AsNoTracking().Include(c => c.Opinions)
            .Where(c => c.Status == ConsultationStatus.Open
                        && (c.OpenedById == viewer.Id || c.Opinions.Any(o => o.Department == department && o.Opinion == null)))
            .OrderBy(c => c.OpenedAtUtc).ToListAsync(cancellationToken);
        return new ConsultationWorkList(
            open.Where(c => department is not null && c.Waiting.Contains(department)).Select(Row).ToList(),
            open.Where(c => c.OpenedById == viewer.Id).Select(Row).ToList());
    }

    internal static ConsultationView ToView(Consultation c, IEnumerable<ConsultationEvent> events, Actor viewer)
    {
        var open = c.Status == ConsultationStatus.Open;
        return new ConsultationView(c.Id, c.ComplaintId, c.ComplaintReference, c.Question, c.Status, c.OpenedByName, c.OpenedAtUtc, c.Conclusion, c.ClosedAtUtc,
            c.Version,
            c.Opinions.OrderBy(o => o.Department, StringComparer.Ordinal).Select(o => new OpinionView(o.Department, o.Opinion, o.AuthorName, o.RecordedAtUtc)).ToList(),
            events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => new ConsultationEventView(e.Kind, e.Department, e.Text, e.ActorName, e.AtUtc)).ToList(),
            CanAnswer: open && viewer.Has(Permission.ConsultCases) && c.Opinions.Any(o => o.Department == viewer.Department),
            CanClose: open && viewer.Has(Permission.ConsultCases) && c.OpenedById == viewer.Id);
    }

    private static ConsultationRow Row(Consultation c) =>
        new(c.Id, c.ComplaintId, c.ComplaintReference, c.Question, c.OpenedByName, c.OpenedAtUtc, c.Waiting.ToList(), c.Opinions.Count, c.Version);
}
