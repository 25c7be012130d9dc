namespace ComplaintOps.Analytics.Topics;

/// <summary>One lineage event for the caller to store: kind, the topic concerned and the related topic (split parent, merged-into).</summary>
public sealed record LineageEvent(LineageEventKind Kind, int TopicId, int? RelatedId = null);
