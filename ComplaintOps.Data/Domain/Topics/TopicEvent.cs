namespace ComplaintOps.Data.Domain.Topics;

/// <summary>
/// One entry of a topic's history: a birth, split, merge or end found by a retraining (<see cref="ModelVersion"/> set), or an
/// analyst's decision (<see cref="ActorId"/> set). Append-only.
/// </summary>
public sealed class TopicEvent
{
    public const int DetailLength = 400;

    private TopicEvent()
    {
    }

    public TopicEvent(int topicId, TopicEventKind kind, int? relatedTopicId, int? modelVersion, string? actorId, string? actorName, string? detail, DateTimeOffset atUtc)
    {
        TopicId = topicId;
        Kind = kind;
        RelatedTopicId = relatedTopicId;
        ModelVersion = modelVersion;
        ActorId = actorId;
        ActorName = actorName;
        Detail = detail is { Length: > DetailLength } ? detail[..DetailLength] : detail;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    public int TopicId { get; private set; }

    public TopicEventKind Kind { get; private set; }

    /// <summary>The other topic of a split (the new one), a merge (the surviving one) or a birth (the parent).</summary>
    public int? RelatedTopicId { get; private set; }

    public int? ModelVersion { get; private set; }

    public string? ActorId { get; private set; }

    public string? ActorName { get; private set; }

    public string? Detail { get; private set; }

    public DateTimeOffset AtUtc { get; private set; }
}
