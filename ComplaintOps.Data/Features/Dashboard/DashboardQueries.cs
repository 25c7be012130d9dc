using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Dashboard;

public sealed class DashboardQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IOptions<SlaOptions> sla, IOptions<DashboardOptions> options,
    IHotspotAnalyzer hotspots)
    : IDashboardQueries
{
    public const int FeedSize = 30;

    public async Task<IReadOnlyList<ComplaintFacts>> LoadFactsAsync(DateTimeOffset sinceUtc, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Project(db, db.Complaints.Where(c => c.IsOpen || c.UpdatedAtUtc >= sinceUtc)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ComplaintFacts>> LoadFactsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var list = ids.ToList();
        return await Project(db, db.Complaints.Where(c => list.Contains(c.Id))).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FeedItem>> LoadFeedAsync(int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ComplaintEvents.AsNoTracking()
            .OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Sequence)
            .Take(take)
            .Join(db.Complaints, e => e.ComplaintId, c => c.Id,
                (e, c) => new FeedItem(c.Id, c.Reference, e.Kind, e.ToStatus, e.ActorName, e.OccurredAtUtc))
            .ToListAsync(cancellationToken);
    }

    public async Task<DashboardSnapshot> ComputeSnapshotAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var facts = await LoadFactsAsync(nowUtc.AddDays(-options.Value.WindowDays), cancellationToken);
        var feed = await LoadFeedAsync(FeedSize, cancellationToken);
        return DashboardCalculator.Build(facts, feed, nowUtc, TimeZoneInfo.FindSystemTimeZoneById(sla.Value.TimeZone), sla.Value.AtRiskFraction,
            hotspots);
    }

    public async Task<IReadOnlyList<WeeklyRate>> TimelyTrendAsync(DateTimeOffset nowUtc, int weeks, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(sla.Value.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(nowUtc, zone).DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var result = new List<WeeklyRate>();
        for (var w = weeks - 1; w >= 0; w--)
        {
            var start = monday.AddDays(-7 * w);
            var from = Start(start, zone);
            var to = Start(start.AddDays(7), zone);
            var met = db.ComplaintClocks.Where(c => c.MetAtUtc >= from && c.MetAtUtc < to);
            result.Add(new WeeklyRate(start, await met.CountAsync(cancellationToken), await met.CountAsync(c => c.MetAtUtc <= c.DueAtUtc, cancellationToken)));
        }

        return result;
    }

    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);

    // The topic cluster comes from the analytics module's assignments (none until a model is trained).
    private static IQueryable<ComplaintFacts> Project(ComplaintOpsDbContext db, IQueryable<Complaint> complaints) =>
        complaints.AsNoTracking().Select(c => new ComplaintFacts(
            c.Id, c.Reference, c.Subject, c.Status, c.Department, c.HandlerName, c.Category, c.Severity, c.Channel, c.CustomerTier,
            c.RegisteredAtUtc, c.ClosedAtUtc, c.Satisfaction, c.Round,
            c.Clocks.Select(k => new ClockFacts(k.Kind, k.StartedAtUtc, k.DueAtUtc, k.MetAtUtc, k.StoppedAtUtc, k.PausedAtUtc)).ToList())
        {
            Product = c.Product,
            Cluster = db.ComplaintClusters.Where(k => k.ComplaintId == c.Id).Select(k => k.ModelVersion + ":" + k.Cluster.ToString()).FirstOrDefault(),
        });
}
