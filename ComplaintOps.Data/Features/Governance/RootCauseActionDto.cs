using ComplaintOps.Data.Domain.Governance;

namespace ComplaintOps.Data.Features.Governance;

/// <summary>A root-cause action as lists and pages show it.</summary>
public sealed record RootCauseActionDto(Guid Id, string TopicKey, string Title, string Owner, DateOnly DueDate, RootCauseActionStatus Status,
    DateTimeOffset CreatedAtUtc, DateTimeOffset? CompletedAtUtc, int Version);

/// <summary>What the review meeting decides: which topic, what, who, by when.</summary>
public sealed record NewRootCauseAction(string TopicKey, string Title, string Owner, DateOnly DueDate);
