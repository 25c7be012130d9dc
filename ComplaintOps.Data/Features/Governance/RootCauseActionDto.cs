using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Governance;

/// <summary>An action item as lists and pages show it; <see cref="IsOverdue"/> as of the local today when it was read.</summary>
public sealed record RootCauseActionDto(Guid Id, RootCauseTarget Target, string Title, string OwnerId, string OwnerName, string? Department, DateOnly DueDate,
    RootCauseActionStatus Status, DateTimeOffset CreatedAtUtc, DateTimeOffset? CompletedAtUtc, int Version)
{
    /// <summary>
    /// The topic whose complaints the effect counts: the target topic, or the topic it has since been merged into (its
    /// complaints were moved there); null for other targets.
    /// </summary>
    public TopicKey? MeasuredTopic { get; init; } = Target.Topic;

    public string? Progress { get; init; }

    public string? Evidence { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public DateTimeOffset? EscalatedAtUtc { get; init; }

    public Guid? MeetingId { get; init; }

    public Guid? AgendaItemId { get; init; }

    public bool IsOverdue { get; init; }

    public static RootCauseActionDto Of(RootCauseAction a, DateOnly today) =>
        new(a.Id, a.Target, a.Title, a.OwnerId, a.OwnerName, a.Department, a.DueDate, a.Status, a.CreatedAtUtc, a.CompletedAtUtc, a.Version)
        {
            Progress = a.Progress,
            Evidence = a.Evidence,
            CompletedOn = a.CompletedOn,
            EscalatedAtUtc = a.EscalatedAtUtc,
            MeetingId = a.MeetingId,
            AgendaItemId = a.AgendaItemId,
            IsOverdue = a.IsOverdue(today),
        };
}

/// <summary>
/// What is decided: against what, what, which staff member owns it, which department answers for it (default: the
/// owner's), by when; and, when a meeting decided it, which meeting and item.
/// </summary>
public sealed record NewRootCauseAction(RootCauseTarget Target, string Title, string OwnerId, string? Department, DateOnly DueDate)
{
    public Guid? MeetingId { get; init; }

    public Guid? AgendaItemId { get; init; }
}

/// <summary>One recorded change of a meeting or action item.</summary>
public sealed record GovernanceEventDto(GovernanceEventKind Kind, string? Field, string? OldValue, string? NewValue, string ActorName, DateTimeOffset OccurredAtUtc,
    Guid? AgendaItemId, Guid? ActionId)
{
    public static GovernanceEventDto Of(GovernanceEvent e) => new(e.Kind, e.Field, e.OldValue, e.NewValue, e.ActorName, e.OccurredAtUtc, e.AgendaItemId, e.ActionId);
}
