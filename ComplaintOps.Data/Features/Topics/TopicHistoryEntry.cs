using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>
/// One line of a topic's history: lineage found by a training (<see cref="ModelVersion"/> set) or an analyst's decision
/// (<see cref="ActorName"/> set). <see cref="Topic"/> is the topic the event happened to, which is another topic when that one
/// was merged into or split from this one (<see cref="Related"/> is then this topic).
/// </summary>
public sealed record TopicHistoryEntry(TopicEventKind Kind, TopicKey Topic, TopicKey? Related, int? ModelVersion, string? ActorName, string? Detail,
    DateTimeOffset AtUtc);
