using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Tests.TestInfrastructure.Bunit;

namespace ComplaintOps.Tests.TestInfrastructure.Builders;

/// <summary>Snapshots, their parts and complaint facts for dashboard component tests. Start from <see cref="Snapshot"/> and use <c>with</c>.</summary>
public static class DashboardSnapshotBuilder
{
    private static readonly DateTimeOffset Now = ComplaintOpsBunitContext.Now;

    public static DashboardSnapshot Snapshot() => DashboardSnapshot.Empty(Now);

    public static TodayFigures Today(int received = 0, int closed = 0, int clocksMet = 0, int onTime = 0, int rated = 0, int satisfied = 0) =>
        new(received, closed, clocksMet, onTime, rated, satisfied);

    public static UrgentClock Urgent(string reference, TimeSpan dueIn, ClockState state, bool vip = false) =>
        new(Guid.NewGuid(), reference, $"Subject of {reference}", "CARDS", ClockKind.Resolve, Now + dueIn, state, vip, Severity.Medium);

    /// <summary>A rising topic (and batch warning) over the last 24 hours.</summary>
    public static Hotspot Hotspot(int topic, bool batch, int current = 12, double baseline = 4) =>
        new(HotspotSubject.OfTopic(new TopicKey(topic)), current, baseline, (current - baseline) / baseline, Rising: true, batch ? 20 : 0, batch,
            new TimeWindow(Now.AddHours(-24), Now));

    public static FeedItem Feed(string reference, string kind = ComplaintEvent.RegisteredKind, TimeSpan? ago = null) =>
        new(Guid.NewGuid(), reference, kind, ComplaintStatus.Registered, "王芳", Now - (ago ?? TimeSpan.Zero));

    /// <summary>An open complaint registered <paramref name="registeredAgo"/> before now, with one running resolve clock.</summary>
    public static ComplaintFacts Facts(string reference, ComplaintStatus status = ComplaintStatus.Investigating, string? department = "CARDS",
        TimeSpan? registeredAgo = null, TimeSpan? resolveDueIn = null, Guid? id = null)
    {
        var registered = Now - (registeredAgo ?? TimeSpan.FromHours(1));
        var due = Now + (resolveDueIn ?? TimeSpan.FromDays(10));
        return new ComplaintFacts(id ?? Guid.NewGuid(), reference, $"Subject of {reference}", status, department, null, "CARD", Severity.Medium,
            Channel.Phone, CustomerTier.Standard, registered, null, null, 1,
            [new ClockFacts(ClockKind.Resolve, registered, due, null, null, null)]);
    }
}
