using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Kpis;
using ComplaintOps.Data.Domain.Partners;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Partners;

public sealed class PartnerQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IOptions<SlaOptions> sla) : IPartnerQueries
{
    private readonly TimeZoneInfo _zone = sla.Value.Zone;

    public async Task<IReadOnlyList<PartnerRow>> ActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().Where(p => p.Active).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        return partners.Select(p => Row(p, null)).ToList();
    }

    public async Task<IReadOnlyList<PartnerRow>> ListAsync(Actor viewer, CancellationToken cancellationToken)
    {
        Demand(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().OrderByDescending(p => p.Active).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        var latest = await LatestRatingsAsync(db, cancellationToken);
        return partners.Select(p => Row(p, latest.GetValueOrDefault(p.Code))).ToList();
    }

    public async Task<IReadOnlyList<PartnerScore>> ScorecardAsync(DateOnly from, DateOnly to, Actor viewer, CancellationToken cancellationToken)
    {
        Demand(viewer);
        if (to < from)
        {
            throw new DomainException("invalid_period", "The period ends before it starts.");
        }

        var fromUtc = StartOfLocalDay(from);
        var toUtc = StartOfLocalDay(to.AddDays(1));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var inPeriod = db.Complaints.AsNoTracking()
            .Where(c => c.PartnerCode != null && c.RegisteredAtUtc >= fromUtc && c.RegisteredAtUtc < toUtc);
        var complaints = await inPeriod
            .Select(c => new { c.Id, Partner = c.PartnerCode!, c.IsOpen, c.Status, c.ReceivedAtUtc, c.ClosedAtUtc, c.Satisfaction, c.RepeatCount })
            .ToListAsync(cancellationToken);
        var clocks = (await (from k in db.ComplaintClocks.AsNoTracking()
                             join c in inPeriod on k.ComplaintId equals c.Id
                             where k.MetAtUtc != null
                             select new { k.ComplaintId, Met = k.MetAtUtc!.Value, Due = k.DueAtUtc }).ToListAsync(cancellationToken))
            .ToLookup(k => k.ComplaintId);
        var partners = await db.Partners.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var latest = await LatestRatingsAsync(db, cancellationToken);
        var byPartner = complaints.ToLookup(c => c.Partner);
        return partners.Select(p =>
        {
            var mine = byPartner[p.Code].ToList();
            var met = mine.SelectMany(c => clocks[c.Id]).ToList();
            var closed = mine.Where(c => Kpi.IsClosed(c.Status) && c.ClosedAtUtc is not null).ToList();
            var rated = closed.Where(c => c.Satisfaction is not null).ToList();
            return new PartnerScore(p.Code, p.Name, p.NameEn, p.Kind, p.Active,
                Complaints: mine.Count,
                Open: mine.Count(c => c.IsOpen),
                OnTimeRate: Kpi.Rate(met.Count(k => Kpi.IsMetOnTime(k.Due, k.Met)), met.Count),
                MeanCycleHours: closed.Count == 0 ? null : Math.Round(closed.Average(c => Kpi.CycleTime(c.ReceivedAtUtc, c.ClosedAtUtc)!.Value.TotalHours), 2),
                SatisfactionRate: Kpi.Rate(rated.Count(c => Kpi.IsSatisfied(c.Satisfaction)), rated.Count),
                RepeatRate: Kpi.Rate(mine.Count(c => Kpi.IsRepeat(c.RepeatCount)), mine.Count),
                LatestRating: latest.GetValueOrDefault(p.Code));
        }).Where(s => s.Active || s.Complaints > 0).ToList();
    }

    private DateTimeOffset StartOfLocalDay(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), _zone), TimeSpan.Zero);

    /// <summary>The latest quarter rated per partner, and for it the latest row (a re-rating supersedes).</summary>
    private static async Task<Dictionary<string, RatingView>> LatestRatingsAsync(ComplaintOpsDbContext db, CancellationToken cancellationToken)
    {
        var all = await db.PartnerRatings.AsNoTracking().ToListAsync(cancellationToken);
        return all.GroupBy(r => r.PartnerCode)
            .Select(g => g.OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).ThenByDescending(r => r.RatedAtUtc).First())
            .ToDictionary(r => r.PartnerCode, View, StringComparer.Ordinal);
    }

    internal static RatingView View(PartnerRating r) => new(r.Year, r.Quarter, r.Score, r.Comment, r.RatedByName, r.RatedAtUtc);

    internal static PartnerRow Row(Partner p, RatingView? latest) => new(p.Code, p.Name, p.NameEn, p.Kind, p.Active, p.Version, latest);

    private static void Demand(Actor viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Has(Permission.ViewReports) && !viewer.Has(Permission.ManagePartners))
        {
            throw ForbiddenException.Lacking(Permission.ViewReports);
        }
    }
}
