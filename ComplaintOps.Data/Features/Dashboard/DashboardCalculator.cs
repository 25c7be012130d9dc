using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Kpis;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Dashboard;

/// <summary>
/// Builds the dashboard snapshot from complaint facts at a moment. Pure: the live aggregator and the from-scratch
/// database computation both call it, so they can only differ in the facts they hold.
/// </summary>
public static class DashboardCalculator
{
    private const int TrendDays = 30;

    public static DashboardSnapshot Build(IReadOnlyCollection<ComplaintFacts> facts, DashboardTopics topics, IReadOnlyList<FeedItem> feed,
        DateTimeOffset nowUtc, TimeZoneInfo zone, double atRiskFraction, HotspotAnalyzer hotspotAnalyzer)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(hotspotAnalyzer);
        DateOnly Local(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime);
        var today = Local(nowUtc);
        var open = facts.Where(f => f.IsOpen).ToList();

        var stages = open.GroupBy(f => (f.Status, f.Department))
            .Select(g => new StageCount(g.Key.Status, g.Key.Department, g.Count()))
            .OrderBy(s => s.Status).ThenBy(s => s.Department, StringComparer.Ordinal).ToList();

        var metToday = facts.SelectMany(f => f.Clocks).Where(c => c.MetAtUtc is { } m && Local(m) == today).ToList();
        var closedToday = facts.Where(f => f.Status == Domain.Complaints.ComplaintStatus.Closed && f.ClosedAtUtc is { } c && Local(c) == today).ToList();
        var todayFigures = new TodayFigures(
            Received: facts.Count(f => Local(f.RegisteredAtUtc) == today),
            Closed: closedToday.Count,
            ClocksMet: metToday.Count,
            ClocksMetOnTime: metToday.Count(c => Kpi.IsMetOnTime(c.DueAtUtc, c.MetAtUtc)),
            Rated: closedToday.Count(f => Kpi.IsRated(f.Satisfaction)),
            Satisfied: closedToday.Count(f => Kpi.IsSatisfied(f.Satisfaction)));

        var running = open.SelectMany(f => f.Clocks.Where(c => c.IsRunning).Select(c => (Complaint: f, Clock: c, State: c.StateAt(nowUtc, atRiskFraction)))).ToList();
        var sla = Enum.GetValues<ClockKind>().Select(kind =>
        {
            var ofKind = running.Where(r => r.Clock.Kind == kind).ToList();
            return new SlaBoardRow(kind,
                DueToday: ofKind.Count(r => r.State is ClockState.OnTime or ClockState.AtRisk && Local(r.Clock.DueAtUtc) == today),
                AtRisk: ofKind.Count(r => r.State == ClockState.AtRisk),
                Breached: ofKind.Count(r => r.State == ClockState.Breached));
        }).ToList();

        var slaCells = SlaCells(open, nowUtc, atRiskFraction);

        var urgent = running.Where(r => r.State is ClockState.Breached or ClockState.AtRisk || (r.State == ClockState.OnTime && Local(r.Clock.DueAtUtc) == today))
            .OrderByDescending(r => r.Complaint.CustomerTier == CustomerTier.Vip).ThenBy(r => r.Clock.DueAtUtc).ThenBy(r => r.Complaint.Reference, StringComparer.Ordinal)
            .Take(15)
            .Select(r => new UrgentClock(r.Complaint.Id, r.Complaint.Reference, r.Complaint.Subject, r.Complaint.Department, r.Clock.Kind,
                r.Clock.DueAtUtc, r.State, r.Complaint.CustomerTier == CustomerTier.Vip, r.Complaint.Severity))
            .ToList();

        var flags = open.Where(f => f.CustomerTier == CustomerTier.Vip || f.Severity == Severity.Major)
            .Select(f => new FlaggedComplaint(f.Id, f.Reference, f.Subject, f.Status, f.CustomerTier == CustomerTier.Vip, f.Severity == Severity.Major,
                f.Clocks.Where(c => c.IsRunning && c.PausedAtUtc is null).Select(c => (DateTimeOffset?)c.DueAtUtc).Min()))
            .OrderByDescending(f => f.Major).ThenBy(f => f.NextDueAtUtc ?? DateTimeOffset.MaxValue).ThenBy(f => f.Reference, StringComparer.Ordinal)
            .Take(12).ToList();

        var hotspots = hotspotAnalyzer.Analyze(facts.Select(f => new ComplaintArrival(f.Topic, f.Product, f.RegisteredAtUtc)), topics.States(), nowUtc);
        var hotspotTrend = HotspotTrend(facts, hotspots, today, Local);

        var trendStart = today.AddDays(-(TrendDays - 1));
        var volume = facts.Where(f => Local(f.RegisteredAtUtc) >= trendStart)
            .GroupBy(f => (Day: Local(f.RegisteredAtUtc), f.Channel))
            .Select(g => new DailyCount(g.Key.Day, g.Key.Channel.ToString(), g.Count()))
            .OrderBy(d => d.Day).ThenBy(d => d.Series, StringComparer.Ordinal).ToList();

        var timely = facts.Where(f => f.Department is not null)
            .SelectMany(f => f.Clocks.Where(c => c.MetAtUtc is { } m && Local(m) >= trendStart).Select(c => (f.Department, OnTime: Kpi.IsMetOnTime(c.DueAtUtc, c.MetAtUtc))))
            .GroupBy(x => x.Department!)
            .Select(g => new RateByGroup(g.Key, g.Count(), g.Count(x => x.OnTime)))
            .OrderBy(r => r.Group, StringComparer.Ordinal).ToList();

        return new DashboardSnapshot(nowUtc, open.Count, open.Count(f => f.CustomerTier == CustomerTier.Vip), open.Count(f => f.Severity == Severity.Major),
            stages, todayFigures, sla, slaCells, urgent, hotspots, flags, volume, timely, hotspotTrend, feed, topics.Emerging,
            topics.Topics.ToDictionary(t => t.Key, t => t.DisplayName));
    }

    /// <summary>
    /// Per open complaint its nearest running, unpaused clock, chosen as <c>Complaint.RefreshNextDue</c> does (earliest due;
    /// a tie goes to the lower kind, which is also the order clocks are started in), so the counts equal what the queue
    /// lists for the same department, clock kind, status and clock state.
    /// </summary>
    private static List<SlaCell> SlaCells(List<ComplaintFacts> open, DateTimeOffset nowUtc, double atRiskFraction) =>
        open.Select(f => (Complaint: f, Next: f.Clocks.Where(c => c.IsRunning && c.PausedAtUtc is null)
                .OrderBy(c => c.DueAtUtc).ThenBy(c => c.Kind).FirstOrDefault()))
            .Where(x => x.Next is not null)
            .Select(x => (x.Complaint, x.Next!.Kind, State: x.Next.StateAt(nowUtc, atRiskFraction)))
            .Where(x => x.State is ClockState.AtRisk or ClockState.Breached)
            .GroupBy(x => (x.Complaint.Department, x.Kind, x.Complaint.Status))
            .Select(g => new SlaCell(g.Key.Department, g.Key.Kind, g.Key.Status,
                g.Count(x => x.State == ClockState.AtRisk), g.Count(x => x.State == ClockState.Breached)))
            .OrderBy(c => c.Department, StringComparer.Ordinal).ThenBy(c => c.Kind).ThenBy(c => c.Status).ToList();

    /// <summary>Daily arrivals of the first three rising or batch topics (not products), for the trend chart; series "#17".</summary>
    private static List<DailyCount> HotspotTrend(IReadOnlyCollection<ComplaintFacts> facts, IReadOnlyList<Hotspot> hotspots, DateOnly today,
        Func<DateTimeOffset, DateOnly> local)
    {
        var topics = hotspots.Select(h => h.Subject.Topic).OfType<TopicKey>().Take(3).ToHashSet();
        var start = today.AddDays(-(TrendDays - 1));
        return facts.Where(f => f.Topic is { } key && topics.Contains(key) && local(f.RegisteredAtUtc) >= start)
            .GroupBy(f => (Day: local(f.RegisteredAtUtc), Topic: f.Topic!.Value))
            .Select(x => new DailyCount(x.Key.Day, x.Key.Topic.ToString(), x.Count()))
            .OrderBy(d => d.Day).ThenBy(d => d.Series, StringComparer.Ordinal).ToList();
    }
}
