using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Governance;

/// <summary>
/// Reads what a period's agenda is built from: complaints registered in the period or in the hotspot baseline before its
/// end, and those appealed, sent for 核查 or breached in it; the hotspots at the period's end (the shared
/// <see cref="HotspotAnalyzer"/>, as the dashboard computes them); topics and open action items. Subjects are masked here,
/// before anything is copied into the agenda.
/// </summary>
public sealed class AgendaSources(IDbContextFactory<ComplaintOpsDbContext> dbFactory, HotspotAnalyzer hotspots, IOptions<DashboardOptions> dashboard)
{
    private static readonly string[] AppealKinds = [nameof(ComplaintTrigger.Appeal), nameof(ComplaintTrigger.Reopen)];
    private const string ReviewKind = nameof(ComplaintTrigger.RequestReview);

    public async Task<AgendaFacts> LoadAsync(DateOnly from, DateOnly to, TimeZoneInfo zone, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var start = LocalDays.StartUtc(from, zone);
        var end = LocalDays.StartUtc(to.AddDays(1), zone);
        var asOf = end < nowUtc ? end : nowUtc;
        var baselineStart = end.AddDays(-dashboard.Value.WindowDays);
        var earliest = baselineStart < start ? baselineStart : start;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var events = await db.ComplaintEvents.AsNoTracking()
            .Where(e => e.OccurredAtUtc >= start && e.OccurredAtUtc < end && (AppealKinds.Contains(e.Kind) || e.Kind == ReviewKind))
            .Select(e => new { e.ComplaintId, e.Kind }).ToListAsync(cancellationToken);
        var breached = await db.ComplaintClocks.AsNoTracking()
            .Where(k => k.DueAtUtc >= start && k.DueAtUtc < asOf && (k.MetAtUtc == null || k.MetAtUtc > k.DueAtUtc) && (k.StoppedAtUtc == null || k.StoppedAtUtc > k.DueAtUtc))
            .Select(k => k.ComplaintId).Distinct().ToListAsync(cancellationToken);
        var touched = events.Select(e => e.ComplaintId).Concat(breached).Distinct().ToList();

        var rows = await db.Complaints.AsNoTracking()
            .Where(c => (c.RegisteredAtUtc >= earliest && c.RegisteredAtUtc < end) || touched.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.Reference, c.Subject, c.Department, c.Product, c.RegisteredAtUtc, c.Status, c.Satisfaction, c.IsMajor, c.Channel, c.RegulatorName,
                c.ComplainantCount,
                Topic = db.TopicAssignments.Where(a => a.ComplaintId == c.Id && a.IsCurrent).Select(a => a.TopicId).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        var appealed = events.Where(e => AppealKinds.Contains(e.Kind)).Select(e => e.ComplaintId).ToHashSet();
        var reviewed = events.Where(e => e.Kind == ReviewKind).Select(e => e.ComplaintId).ToHashSet();
        var breachedSet = breached.ToHashSet();
        var cases = rows.Select(c => new AgendaCase(c.Id, c.Reference, PiiMasker.Mask(c.Subject), c.Department, c.Product, TopicKey.From(c.Topic),
            c.RegisteredAtUtc, c.Status == ComplaintStatus.Closed, c.Satisfaction)
        {
            IsMajor = c.IsMajor,
            FromRegulator = c.Channel == Channel.Regulator || c.RegulatorName != null,
            RegisteredInPeriod = c.RegisteredAtUtc >= start && c.RegisteredAtUtc < end,
            AppealedInPeriod = appealed.Contains(c.Id),
            ReviewRequestedInPeriod = reviewed.Contains(c.Id),
            BreachedInPeriod = breachedSet.Contains(c.Id),
            Complainants = c.ComplainantCount,
        }).ToList();

        var topics = await db.Topics.AsNoTracking().Select(t => new { t.Id, t.Name, t.Label, t.State }).ToListAsync(cancellationToken);
        var states = topics.ToDictionary(t => new TopicKey(t.Id), t => t.State);
        var names = topics.ToDictionary(t => new TopicKey(t.Id), t => t.Name ?? t.Label);
        var arrivals = cases.Where(c => c.RegisteredAtUtc >= baselineStart && c.RegisteredAtUtc < asOf)
            .Select(c => new ComplaintArrival(c.Topic, c.Product, c.RegisteredAtUtc));
        var found = hotspots.Analyze(arrivals, states, asOf);

        var open = await db.RootCauseActions.AsNoTracking().Where(a => a.Status != RootCauseActionStatus.Done)
            .Select(a => new AgendaAction(a.Id, a.Title, a.OwnerName, a.Department, a.DueDate, a.Status)).ToListAsync(cancellationToken);
        return new AgendaFacts(from, to, zone, cases, found, names, open, LocalDays.Of(nowUtc, zone));
    }
}
