using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Domain.Governance;

/// <summary>
/// What the agenda of a period is built from: the complaints of the period (and of the hotspot baseline before it) with
/// what happened to them in the period, the hotspots and batch warnings at the period's end, the topics' names and the
/// open action items. Subjects come in already masked.
/// </summary>
public sealed record AgendaFacts(DateOnly From, DateOnly To, TimeZoneInfo Zone, IReadOnlyList<AgendaCase> Cases, IReadOnlyList<Hotspot> Hotspots,
    IReadOnlyDictionary<TopicKey, string> TopicNames, IReadOnlyList<AgendaAction> OpenActions, DateOnly Today);

/// <summary>One complaint as the agenda sees it; the flags say what happened to it within the period.</summary>
public sealed record AgendaCase(Guid Id, string Reference, string Subject, string? Department, string? Product, TopicKey? Topic,
    DateTimeOffset RegisteredAtUtc, bool IsClosed, int? Satisfaction)
{
    public bool IsMajor { get; init; }

    /// <summary>Transferred by a regulator (regulator channel or a regulator named on it).</summary>
    public bool FromRegulator { get; init; }

    /// <summary>Registered within the period (majors and regulator transfers count from registration).</summary>
    public bool RegisteredInPeriod { get; init; }

    public bool AppealedInPeriod { get; init; }

    public bool ReviewRequestedInPeriod { get; init; }

    /// <summary>A clock of it was breached within the period (due in the period and not met by then).</summary>
    public bool BreachedInPeriod { get; init; }

    public int Complainants { get; init; } = 1;
}

/// <summary>An action item not yet done, as the agenda lists it.</summary>
public sealed record AgendaAction(Guid Id, string Title, string OwnerName, string? Department, DateOnly DueDate, RootCauseActionStatus Status);
