using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Governance;

/// <summary>A root-cause action as lists and pages show it.</summary>
public sealed record RootCauseActionDto(Guid Id, RootCauseTarget Target, string Title, string Owner, DateOnly DueDate, RootCauseActionStatus Status,
    DateTimeOffset CreatedAtUtc, DateTimeOffset? CompletedAtUtc, int Version)
{
    /// <summary>
    /// The topic whose complaints the effect counts: the target topic, or the topic it has since been merged into (its
    /// complaints were moved there); null for a category target.
    /// </summary>
    public TopicKey? MeasuredTopic { get; init; } = Target.Topic;
}

/// <summary>What the review meeting decides: which topic or category, what, who, by when.</summary>
public sealed record NewRootCauseAction(RootCauseTarget Target, string Title, string Owner, DateOnly DueDate);
