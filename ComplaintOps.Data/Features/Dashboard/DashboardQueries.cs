using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Kpis;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Dashboard;

public sealed class DashboardQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IOptions<SlaOptions> sla, IOptions<DashboardOptions> options,
    HotspotAnalyzer hotspots)
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

    public async Task<DashboardTopics> LoadTopicsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.Name, t.Label, t.State, t.Space }).ToListAsync(cancellationToken);
        var emerging = topics.Where(t => t.State == TopicState.Emerging).Select(t => (int?)t.Id).ToList();
        var spans = emerging.Count == 0 ? [] : await db.TopicAssignments.AsNoTracking()
            .Where(a => a.IsCurrent && emerging.Contains(a.TopicId))
            .Join(db.Complaints, a => a.ComplaintId, c => c.Id, (a, c) => new { a.TopicId, c.RegisteredAtUtc })
            .GroupBy(x => x.TopicId)
            .Select(g => new { Id = g.Key!.Value, Size = g.Count(), First = g.Min(x => x.RegisteredAtUtc), Last = g.Max(x => x.RegisteredAtUtc) })
            .ToListAsync(cancellationToken);
        var byId = topics.ToDictionary(t => t.Id);
        return new DashboardTopics(
            [.. topics.Select(t => new TopicBrief(new TopicKey(t.Id), t.Name ?? t.Label, t.State))],
            [.. spans.OrderBy(s => s.First).Select(s => new EmergingTopic(new TopicKey(s.Id), byId[s.Id].Label, byId[s.Id].Space, s.Size, s.First, s.Last))]);
    }

    public async Task<DashboardSnapshot> ComputeSnapshotAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var facts = await LoadFactsAsync(nowUtc.AddDays(-options.Value.WindowDays), cancellationToken);
        var topics = await LoadTopicsAsync(cancellationToken);
        var feed = await LoadFeedAsync(FeedSize, cancellationToken);
        return DashboardCalculator.Build(facts, topics, feed, nowUtc, sla.Value.Zone, sla.Value.AtRiskFraction,
            hotspots);
    }

    public async Task<IReadOnlyList<WeeklyRate>> TimelyTrendAsync(DateTimeOffset nowUtc, int weeks, CancellationToken cancellationToken)
    {
        var zone = sla.Value.Zone;
        var monday = LocalDays.Monday(LocalDays.Of(nowUtc, zone));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var result = new List<WeeklyRate>();
        for (var w = weeks - 1; w >= 0; w--)
        {
            var start = monday.AddDays(-7 * w);
            var from = LocalDays.StartUtc(start, zone);
            var to = LocalDays.StartUtc(start.AddDays(7), zone);
            var met = db.ComplaintClocks.Where(c => c.MetAtUtc >= from && c.MetAtUtc < to);
            result.Add(new WeeklyRate(start, await met.CountAsync(cancellationToken), await met.Where(Kpi.MetOnTimeQuery).CountAsync(cancellationToken)));
        }

        return result;
    }

    // The topic is the complaint's current placement (none until a model has placed it).
    private static IQueryable<ComplaintFacts> Project(ComplaintOpsDbContext db, IQueryable<Complaint> complaints) =>
        complaints.AsNoTracking().Select(c => new ComplaintFacts(
            c.Id, c.Reference, c.Subject, c.Status, c.Department, c.HandlerName, c.Category, c.Severity, c.Channel, c.CustomerTier,
            c.RegisteredAtUtc, c.ClosedAtUtc, c.Satisfaction, c.Round,
            c.Clocks.Select(k => new ClockFacts(k.Kind, k.StartedAtUtc, k.DueAtUtc, k.MetAtUtc, k.StoppedAtUtc, k.PausedAtUtc)).ToList())
        {
            Product = c.Product,
            Topic = TopicKey.From(db.TopicAssignments.Where(a => a.ComplaintId == c.Id && a.IsCurrent).Select(a => a.TopicId).FirstOrDefault()),
        });
}
