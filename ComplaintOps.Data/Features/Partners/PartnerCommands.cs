using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Partners;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Partners;

public sealed class PartnerCommands(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IOptions<SlaOptions> sla, TimeProvider clock) : IPartnerCommands
{
    private readonly TimeZoneInfo _zone = sla.Value.Zone;

    public async Task<PartnerRow> CreateAsync(NewPartner partner, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var (created, e) = PartnerStewardship.Create(partner.Code, partner.Name, partner.NameEn, partner.Kind, actor, clock.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Partners.AnyAsync(p => p.Code == created.Code, cancellationToken))
        {
            throw new DomainException("partner_exists", $"A partner with the code {created.Code} exists.");
        }

        db.Partners.Add(created);
        db.PartnerEvents.Add(e);
        await SaveAsync(db, cancellationToken);
        return PartnerQueries.Row(created, null);
    }

    public Task<PartnerRow> RenameAsync(string code, int expectedVersion, string name, string nameEn, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(code, (db, p) => db.PartnerEvents.Add(PartnerStewardship.Rename(p, expectedVersion, name, nameEn, actor, clock.GetUtcNow())), cancellationToken);

    public Task<PartnerRow> DeactivateAsync(string code, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(code, (db, p) => db.PartnerEvents.Add(PartnerStewardship.Deactivate(p, expectedVersion, actor, clock.GetUtcNow())), cancellationToken);

    public Task<PartnerRow> RateAsync(string code, int year, int quarter, int score, string comment, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
        return ChangeAsync(code, (db, p) => db.PartnerRatings.Add(PartnerRating.Rate(p, year, quarter, score, comment, actor, today, now)), cancellationToken);
    }

    private async Task<PartnerRow> ChangeAsync(string code, Action<ComplaintOpsDbContext, Partner> change, CancellationToken cancellationToken)
    {
        var key = PartnerCodes.Normalize(code) ?? "";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Code == key, cancellationToken) ?? throw new NotFoundException("Partner", key);
        change(db, partner);   // throws on a broken rule: nothing is saved
        await SaveAsync(db, cancellationToken);
        var latest = await db.PartnerRatings.AsNoTracking().Where(r => r.PartnerCode == key)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).ThenByDescending(r => r.RatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        return PartnerQueries.Row(partner, latest is null ? null : PartnerQueries.View(latest));
    }

    private static async Task SaveAsync(ComplaintOpsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("concurrency_conflict", "The partner was changed by someone else. Reload and try again.");
        }
    }
}
