using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Dashboard;

/// <summary>Open complaints in one stage and department.</summary>
public sealed record StageCount(ComplaintStatus Status, string? Department, int Count);

/// <summary>Today's figures (local day). Timely rate = clocks met on time ÷ clocks met; satisfaction = scores ≥ 4 ÷ scores.</summary>
public sealed record TodayFigures(int Received, int Closed, int ClocksMet, int ClocksMetOnTime, int Rated, int Satisfied)
{
    public double? TimelyRate => ClocksMet == 0 ? null : (double)ClocksMetOnTime / ClocksMet;

    public double? SatisfactionRate => Rated == 0 ? null : (double)Satisfied / Rated;
}

/// <summary>Running clocks of one kind: due today (still on time or at risk), at risk, breached.</summary>
public sealed record SlaBoardRow(ClockKind Kind, int DueToday, int AtRisk, int Breached);

/// <summary>
/// Open complaints whose nearest running clock (the queue's "next due") is at risk or breached, per department, kind of that
/// clock and stage. Counted per complaint, as the queue filters, so every number drills down to the same rows.
/// </summary>
public sealed record SlaCell(string? Department, ClockKind Kind, ComplaintStatus Status, int AtRisk, int Breached);

/// <summary>A running clock that needs attention, for the countdown list.</summary>
public sealed record UrgentClock(Guid ComplaintId, string Reference, string Subject, string? Department, ClockKind Kind,
    DateTimeOffset DueAtUtc, ClockState State, bool Vip, Severity? Severity);

/// <summary>One line of the live feed.</summary>
public sealed record FeedItem(Guid ComplaintId, string Reference, string Kind, ComplaintStatus ToStatus, string ActorName, DateTimeOffset OccurredAtUtc);

/// <summary>An open VIP or major complaint.</summary>
public sealed record FlaggedComplaint(Guid Id, string Reference, string Subject, ComplaintStatus Status, bool Vip, bool Major,
    DateTimeOffset? NextDueAtUtc);

public sealed record DailyCount(DateOnly Day, string Series, int Count);

public sealed record RateByGroup(string Group, int Met, int OnTime)
{
    public double? Rate => Met == 0 ? null : (double)OnTime / Met;
}

/// <summary>
/// Everything the operations dashboard shows, computed from in-memory facts. <see cref="TopicDisplayNames"/> names the topics
/// the hotspots and alerts refer to; <see cref="Emerging"/> lists the emerging-topic alerts.
/// </summary>
public sealed record DashboardSnapshot(
    DateTimeOffset AsOfUtc,
    int OpenTotal,
    int VipOpen,
    int MajorOpen,
    IReadOnlyList<StageCount> Stages,
    TodayFigures Today,
    IReadOnlyList<SlaBoardRow> Sla,
    IReadOnlyList<SlaCell> SlaByDepartment,
    IReadOnlyList<UrgentClock> Urgent,
    IReadOnlyList<Hotspot> Hotspots,
    IReadOnlyList<FlaggedComplaint> Flags,
    IReadOnlyList<DailyCount> VolumeByChannel,
    IReadOnlyList<RateByGroup> TimelyByDepartment,
    IReadOnlyList<DailyCount> HotspotTrend,
    IReadOnlyList<FeedItem> Feed,
    IReadOnlyList<EmergingTopic> Emerging,
    IReadOnlyDictionary<TopicKey, string> TopicDisplayNames)
{
    public static DashboardSnapshot Empty(DateTimeOffset asOfUtc) =>
        new(asOfUtc, 0, 0, 0, [], new TodayFigures(0, 0, 0, 0, 0, 0), [], [], [], [], [], [], [], [], [], [], new Dictionary<TopicKey, string>());
}
