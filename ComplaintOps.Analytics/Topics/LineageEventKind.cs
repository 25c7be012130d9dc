namespace ComplaintOps.Analytics.Topics;

/// <summary>What happened to a topic at a training.</summary>
public enum LineageEventKind
{
    /// <summary>A new cluster carries the topic on under the same id.</summary>
    Continued,

    /// <summary>A new topic with no ancestor.</summary>
    Born,

    /// <summary>A new topic split off <see cref="LineageEvent.RelatedId"/> (which continues in the larger part).</summary>
    Split,

    /// <summary>The topic has no cluster of its own any more; its complaints went to <see cref="LineageEvent.RelatedId"/>.</summary>
    Merged,

    /// <summary>The topic has no successor.</summary>
    Died,
}
