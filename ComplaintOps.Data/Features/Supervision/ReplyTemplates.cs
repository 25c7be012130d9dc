using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Supervision;

public sealed class ReplyTemplates(IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock) : IReplyTemplates
{
    public async Task<IReadOnlyList<ReplyTemplateDto>> ListAsync(Actor viewer, CancellationToken cancellationToken)
    {
        if (!viewer.Has(Permission.ManageReplyTemplates))
        {
            throw ForbiddenException.Lacking(Permission.ManageReplyTemplates);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var all = await db.ReplyTemplates.AsNoTracking().ToListAsync(cancellationToken);
        return [.. all.OrderBy(t => t.Retired).ThenBy(t => t.Category, StringComparer.Ordinal).ThenBy(t => t.Language, StringComparer.Ordinal)
            .ThenBy(t => t.Title, StringComparer.Ordinal).Select(ToDto)];
    }

    public async Task<IReadOnlyList<ReplyTemplateDto>> ForComplaintAsync(string? category, string language, Actor viewer, CancellationToken cancellationToken)
    {
        if (!viewer.Has(Permission.FollowUpCustomer) && !viewer.Has(Permission.ManageReplyTemplates))
        {
            throw ForbiddenException.Lacking(Permission.FollowUpCustomer);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var offered = await db.ReplyTemplates.AsNoTracking()
            .Where(t => !t.Retired && (t.Category == ReplyTemplate.AnyCategory || t.Category == category)).ToListAsync(cancellationToken);
        // The complaint's language and its own category first: the likeliest fit on top.
        return [.. offered.OrderBy(t => t.Language != language).ThenBy(t => t.Category == ReplyTemplate.AnyCategory)
            .ThenBy(t => t.Title, StringComparer.Ordinal).Select(ToDto)];
    }

    public async Task<ReplyTemplateDto> CreateAsync(ReplyTemplateText text, Actor actor, CancellationToken cancellationToken)
    {
        var (template, created) = ReplyTemplate.Create(text, actor, clock.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ReplyTemplates.Add(template);
        db.SupervisionEvents.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(template);
    }

    public Task<ReplyTemplateDto> ChangeAsync(Guid id, int expectedVersion, ReplyTemplateText text, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, t => t.Change(text, actor, clock.GetUtcNow()), cancellationToken);

    public Task<ReplyTemplateDto> RetireAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, t => t.Retire(actor, clock.GetUtcNow()), cancellationToken);

    private async Task<ReplyTemplateDto> ChangeAsync(Guid id, int expectedVersion, Func<ReplyTemplate, SupervisionEvent> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await db.ReplyTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException("Reply template", id);
        if (template.Version != expectedVersion)
        {
            throw Stale();
        }

        db.SupervisionEvents.Add(change(template));   // throws on a broken rule; nothing is saved
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale();
        }

        return ToDto(template);
    }

    private static DomainException Stale() =>
        new("concurrency_conflict", "The template was changed by someone else. Reload and try again.");

    internal static ReplyTemplateDto ToDto(ReplyTemplate t) =>
        new(t.Id, t.Category, t.Language, t.Title, t.Verification, t.Basis, t.Reasons, t.Retired, t.ChangedByName, t.ChangedAtUtc, t.Version);
}
