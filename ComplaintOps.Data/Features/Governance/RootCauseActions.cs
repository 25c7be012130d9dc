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
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(sla.Value.TimeZone);

    public async Task<RootCauseActionDto> CreateAsync(NewRootCauseAction action, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
        var entity = RootCauseAction.Create(action.Target, action.Title, action.Owner, action.DueDate, today, now, actor);   // throws before anything is stored
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (entity.TopicId is { } topicId && !await db.Topics.AnyAsync(t => t.Id == topicId, cancellationToken))
        {
            throw new NotFoundException("Topic", new Domain.Topics.TopicKey(topicId));
        }

        db.RootCauseActions.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(entity);
    }

    public async Task<IReadOnlyList<RootCauseActionDto>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from a in db.RootCauseActions.AsNoTracking()
                          join t in db.Topics on a.TopicId equals (int?)t.Id into topics
                          from t in topics.DefaultIfEmpty()
                          select new { Action = a, MergedInto = t == null ? null : t.MergedIntoId }).ToListAsync(cancellationToken);
        var all = rows.Select(r => ToDto(r.Action) with { MeasuredTopic = TopicKey.From(r.MergedInto) ?? r.Action.Target.Topic }).ToList();
        return all.OrderBy(a => a.Status == RootCauseActionStatus.Done).ThenBy(a => a.Status == RootCauseActionStatus.Done ? DateOnly.MinValue : a.DueDate)
            .ThenByDescending(a => a.CompletedAtUtc).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();
    }

    public Task<RootCauseActionDto> StartAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, a => a.Start(actor), cancellationToken);

    public Task<RootCauseActionDto> CompleteAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, a => a.Complete(clock.GetUtcNow(), actor), cancellationToken);

    private async Task<RootCauseActionDto> ChangeAsync(Guid id, int expectedVersion, Action<RootCauseAction> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.RootCauseActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException("Root-cause action", id);
        if (entity.Version != expectedVersion)
        {
            throw new DomainException("concurrency_conflict",
                $"The action was changed by someone else (you saw version {expectedVersion}, it is now {entity.Version}). Reload and try again.");
        }

        change(entity);   // throws on a broken rule; nothing is saved
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("concurrency_conflict", "The action was changed by someone else. Reload and try again.");
        }

        return ToDto(entity);
    }

    private static RootCauseActionDto ToDto(RootCauseAction a) =>
        new(a.Id, a.Target, a.Title, a.Owner, a.DueDate, a.Status, a.CreatedAtUtc, a.CompletedAtUtc, a.Version);
}
