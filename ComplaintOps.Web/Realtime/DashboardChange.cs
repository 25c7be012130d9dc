using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Web.Realtime;

/// <summary>A committed change of one complaint: ids and small values only, never entities.</summary>
public sealed record DashboardChange(
    Guid ComplaintId,
    string Reference,
    string Kind,
    ComplaintStatus? FromStatus,
    ComplaintStatus ToStatus,
    string? Department,
    string ActorName,
    DateTimeOffset OccurredAtUtc)
{
    public static DashboardChange From(ComplaintChangedEvent e) =>
        new(e.ComplaintId, e.Reference, e.Kind, e.FromStatus, e.ToStatus, e.Department, e.ActorName, e.OccurredAtUtc);
}

/// <summary>A running clock crossed into at risk or breached as time passed.</summary>
public sealed record ClockAlert(Guid ComplaintId, string Reference, ClockKind Kind, ClockState State, DateTimeOffset DueAtUtc, string? Department);

/// <summary>The headline numbers sent to external wallboards; hotspots as "#17 · name" or the product.</summary>
public sealed record DashboardSummary(DateTimeOffset AsOfUtc, int OpenTotal, int ReceivedToday, int ClosedToday, double? TimelyRateToday,
    double? SatisfactionToday, int AtRisk, int Breached, int VipOpen, int MajorOpen, IReadOnlyList<string> Hotspots)
{
    public static DashboardSummary From(Data.Features.Dashboard.DashboardSnapshot s) => new(s.AsOfUtc, s.OpenTotal, s.Today.Received, s.Today.Closed,
        s.Today.TimelyRate, s.Today.SatisfactionRate, s.Sla.Sum(r => r.AtRisk), s.Sla.Sum(r => r.Breached), s.VipOpen, s.MajorOpen,
        s.Hotspots.Select(h => h.Subject.Topic is { } t ? t.Caption(s.TopicDisplayNames.GetValueOrDefault(t)) : h.Subject.ToString()).ToList());
}
