using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Governance;

public sealed class ReviewMeetingQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IRootCauseActions actions, IOptions<SlaOptions> sla, TimeProvider clock)
    : IReviewMeetingQueries
{
    private readonly TimeZoneInfo _zone = sla.Value.Zone;

    public async Task<IReadOnlyList<MeetingRow>> ListAsync(Actor viewer, CancellationToken cancellationToken)
    {
        MeetingAccess.DemandView(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var meetings = await db.ReviewMeetings.AsNoTracking().Include(m => m.Items).OrderByDescending(m => m.PeriodFrom).ThenByDescending(m => m.CreatedAtUtc)
            .ToListAsync(cancellationToken);
        var visible = await actions.ListAsync(viewer, cancellationToken);
        return [.. meetings.Select(m => new MeetingRow(m.Id, m.Title, m.PeriodFrom, m.PeriodTo, m.HeldAtUtc, m.Status, m.ChairName,
            m.Items.Count(i => MeetingAccess.CanSee(viewer, i.VisibleTo)), visible.Count(a => a.MeetingId == m.Id)))];
    }

    public async Task<MeetingDetail?> GetAsync(Guid id, Actor viewer, CancellationToken cancellationToken)
    {
        MeetingAccess.DemandView(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var m = await db.ReviewMeetings.AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (m is null)
        {
            return null;
        }

        var items = m.Items.Where(i => MeetingAccess.CanSee(viewer, i.VisibleTo)).OrderBy(i => i.Position).Select(AgendaItemDto.Of).ToList();
        var shown = items.Select(i => (Guid?)i.Id).ToHashSet();
        var meetingActions = (await actions.ListAsync(viewer, cancellationToken)).Where(a => a.MeetingId == id).ToList();
        var history = await db.GovernanceEvents.AsNoTracking().Where(e => e.MeetingId == id).ToListAsync(cancellationToken);
        return new MeetingDetail(m.Id, m.Title, m.PeriodFrom, m.PeriodTo, m.HeldAtUtc, m.Status, m.ChairName, m.Participants, items, meetingActions,
            m.CreatedAtUtc, m.CreatedByName, m.Version)
        {
            CanRun = viewer.Has(Permission.RunMeetings),
            CanManageActions = viewer.Has(Permission.ManageImprovementActions),
            Scoped = !viewer.Has(Permission.AllDepartments),
            History = [.. history.Where(e => e.AgendaItemId is null || shown.Contains(e.AgendaItemId)).OrderBy(e => e.OccurredAtUtc).ThenBy(e => e.Id)
                .Select(GovernanceEventDto.Of)],
        };
    }

    public async Task<IReadOnlyList<LiveFigures>> LiveAsync(Guid id, Actor viewer, CancellationToken cancellationToken)
    {
        var meeting = await GetAsync(id, viewer, cancellationToken);
        if (meeting is null)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var weekAgo = LocalDays.StartUtc(LocalDays.Of(now, _zone).AddDays(-6), _zone);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var result = new List<LiveFigures>();
        foreach (var item in meeting.Items.Where(i => i.Topic is not null || i.Product is not null || i.Department is not null))
        {
            var complaints = item switch
            {
                { Topic: { } topic } => db.Complaints.Where(c => db.TopicAssignments.Any(a => a.ComplaintId == c.Id && a.IsCurrent && a.TopicId == topic.Value)),
                { Product: { } product } => db.Complaints.Where(c => c.Product == product),
                _ => db.Complaints.Where(c => c.Department == item.Department),
            };
            result.Add(new LiveFigures(item.Id, await complaints.CountAsync(c => c.RegisteredAtUtc >= weekAgo, cancellationToken),
                await complaints.CountAsync(c => c.IsOpen, cancellationToken)));
        }

        return result;
    }

    public async Task<TargetChoices> TargetChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var products = await db.Complaints.AsNoTracking().Where(c => c.Product != null).Select(c => c.Product!).Distinct().OrderBy(p => p).Take(200)
            .ToListAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().Where(p => p.Active).OrderBy(p => p.Code).Select(p => new PartnerChoice(p.Code, p.Name, p.NameEn))
            .ToListAsync(cancellationToken);
        return new TargetChoices(products, partners);
    }
}
