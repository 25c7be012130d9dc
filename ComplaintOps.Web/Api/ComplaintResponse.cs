using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Complaints;

namespace ComplaintOps.Web.Api;

/// <summary>
/// What the API returns about a complaint: its state, clocks and history, without the customer's personal data (joint
/// complainants and the agent appear only as counts and the authorisation reference).
/// HistoryIntact is false when the stored history fails verification (edited rows are still returned as stored).
/// </summary>
public sealed record ComplaintResponse(
    Guid Id,
    string Reference,
    int Version,
    ComplaintStatus Status,
    string Channel,
    string Subject,
    string? Category,
    string? Severity,
    string? Department,
    DateTimeOffset RegisteredAtUtc,
    DateTimeOffset? DueAtUtc,
    IReadOnlyList<ClockView> Clocks,
    IReadOnlyList<ComplaintResponse.TimelineEntry> Timeline,
    bool HistoryIntact)
{
    /// <summary>When the complaint was received: the clocks count from here.</summary>
    public DateTimeOffset ReceivedAtUtc { get; init; }

    public string? RegulatorName { get; init; }

    public string? RegulatorReference { get; init; }

    /// <summary>The main complainant plus the joint ones.</summary>
    public int Complainants { get; init; } = 1;

    /// <summary>The reference of the agent's authorisation, when the complainants act through an agent.</summary>
    public string? AgentAuthorizationReference { get; init; }

    public bool IsMajor { get; init; }

    public string? MajorReason { get; init; }

    public sealed record TimelineEntry(int Sequence, string Kind, ComplaintStatus? From, ComplaintStatus To, string Actor, DateTimeOffset AtUtc, string? Reason);

    public static ComplaintResponse From(ComplaintDetail d) => new(
        d.Id, d.Reference, d.Version, d.Status, d.Channel.ToString(), d.Subject, d.Category, d.Severity?.ToString(), d.Department,
        d.RegisteredAtUtc, d.NearestClock?.DueAtUtc, d.Clocks,
        d.Timeline.Select(e => new TimelineEntry(e.Sequence, e.Kind, e.FromStatus, e.ToStatus, e.ActorName, e.OccurredAtUtc, e.Reason)).ToList(),
        d.HistoryIntact)
    {
        ReceivedAtUtc = d.ReceivedAtUtc,
        RegulatorName = d.RegulatorName,
        RegulatorReference = d.RegulatorReference,
        Complainants = d.ComplainantCount,
        AgentAuthorizationReference = d.Parties.FirstOrDefault(p => p.Role == PartyRole.Agent)?.AuthorizationReference,
        IsMajor = d.IsMajor,
        MajorReason = d.MajorReason?.ToString(),
    };
}
