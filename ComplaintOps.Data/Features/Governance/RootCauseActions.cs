using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Governance;

public sealed class RootCauseActions(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IOptions<SlaOptions> sla, TimeProvider clock) : IRootCauseActions
{
    private readonly TimeZoneInfo _zone = sla.Value.Zone;

    public async Task<RootCauseActionDto> CreateAsync(NewRootCauseAction action, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Permission.ManageImprovementActions))
        {
            throw ForbiddenException.Lacking(Permission.ManageImprovementActions);
        }

        var now = clock.GetUtcNow();
        var today = LocalDays.Of(now, _zone);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owner = await db.Staff.AsNoTracking().Where(s => s.Id == action.OwnerId).Select(s => new ActionOwner(s.Id, s.Name, s.Department))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new DomainException("validation_failed", "The owner must be a staff member.");
        if (action.Department is { Length: > 0 } dept && !Departments.Exists(dept))
        {
            throw new DomainException("validation_failed", $"There is no department {dept}.");
        }

        await DemandTargetExistsAsync(db, action.Target, cancellationToken);
        if (action.AgendaItemId is { } itemId
            && !await db.AgendaItems.AnyAsync(i => i.Id == itemId && i.MeetingId == action.MeetingId, cancellationToken))
        {
            throw new NotFoundException("Agenda item", itemId);
        }

        if (action.MeetingId is { } meetingId && !await db.ReviewMeetings.AnyAsync(m => m.Id == meetingId, cancellationToken))
        {
            throw new NotFoundException("Meeting", meetingId);
        }

        var entity = RootCauseAction.Create(action.Target, action.Title, owner, action.Department, action.DueDate, today, now, actor, action.MeetingId,
            action.AgendaItemId);
        db.RootCauseActions.Add(entity);
        db.GovernanceEvents.AddRange(entity.NewEvents);
        await db.SaveChangesAsync(cancellationToken);
        return RootCauseActionDto.Of(entity, today);
    }

    public async Task<IReadOnlyList<RootCauseActionDto>> ListAsync(Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Has(Permission.ViewMeetings) && !viewer.Has(Permission.ManageImprovementActions))
        {
            return [];
        }

        var today = LocalDays.Of(clock.GetUtcNow(), _zone);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.RootCauseActions.AsNoTracking();
        if (!viewer.Has(Permission.AllDepartments))
        {
            query = query.Where(a => a.Department == viewer.Department || a.OwnerId == viewer.Id);   // the query twin of MeetingAccess.CanSee
        }

        var rows = await (from a in query
                          join t in db.Topics on a.TopicId equals (int?)t.Id into topics
                          from t in topics.DefaultIfEmpty()
                          select new { Action = a, MergedInto = t == null ? null : t.MergedIntoId }).ToListAsync(cancellationToken);
        var all = rows.Select(r => RootCauseActionDto.Of(r.Action, today) with { MeasuredTopic = TopicKey.From(r.MergedInto) ?? r.Action.Target.Topic }).ToList();
        return all.OrderBy(a => a.Status == RootCauseActionStatus.Done).ThenBy(a => a.Status == RootCauseActionStatus.Done ? DateOnly.MinValue : a.DueDate)
            .ThenByDescending(a => a.CompletedAtUtc).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<GovernanceEventDto>?> HistoryAsync(Guid id, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var action = await db.RootCauseActions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null || !MeetingAccess.CanSee(viewer, action))
        {
            return null;
        }

        var events = await db.GovernanceEvents.AsNoTracking().Where(e => e.ActionId == id).ToListAsync(cancellationToken);
        return [.. events.OrderBy(e => e.OccurredAtUtc).ThenBy(e => e.Id).Select(GovernanceEventDto.Of)];
    }

    public Task<RootCauseActionDto> StartAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, (a, now, _) => a.Start(now, actor), cancellationToken);

    public Task<RootCauseActionDto> RecordProgressAsync(Guid id, int expectedVersion, string note, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, (a, now, _) => a.RecordProgress(note, now, actor), cancellationToken);

    public Task<RootCauseActionDto> CompleteAsync(Guid id, int expectedVersion, string evidence, DateOnly completedOn, Actor actor,
        CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, (a, now, today) => a.Complete(evidence, completedOn, today, now, actor), cancellationToken);

    private async Task<RootCauseActionDto> ChangeAsync(Guid id, int expectedVersion, Action<RootCauseAction, DateTimeOffset, DateOnly> change,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = LocalDays.Of(now, _zone);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.RootCauseActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException("Action item", id);
        if (entity.Version != expectedVersion)
        {
            throw new DomainException("concurrency_conflict",
                $"The action was changed by someone else (you saw version {expectedVersion}, it is now {entity.Version}). Reload and try again.");
        }

        change(entity, now, today);   // throws on a broken rule; nothing is saved
        db.GovernanceEvents.AddRange(entity.NewEvents);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("concurrency_conflict", "The action was changed by someone else. Reload and try again.");
        }

        entity.ClearNewEvents();
        return RootCauseActionDto.Of(entity, today);
    }

    private static async Task DemandTargetExistsAsync(ComplaintOpsDbContext db, RootCauseTarget target, CancellationToken cancellationToken)
    {
        var exists = target.Kind switch
        {
            RootCauseTargetKind.Topic => await db.Topics.AnyAsync(t => t.Id == target.Topic!.Value.Value, cancellationToken),
            RootCauseTargetKind.Partner => await db.Partners.AnyAsync(p => p.Code == target.Code && p.Active, cancellationToken),
            RootCauseTargetKind.Department => Departments.Exists(target.Code!),
            RootCauseTargetKind.Category => Categories.Exists(target.Code!),
            _ => true,   // products are free text on complaints
        };
        if (!exists)
        {
            throw new NotFoundException(target.Kind.ToString(), target);
        }
    }
}
