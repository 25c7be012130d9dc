namespace ComplaintOps.Analytics.Topics;

/// <summary>A topic's standing: a live topic, one an analyst marked as noise (kept, with its id, so its complaints do not pollute others), or one merged into another topic (its complaints report that topic).</summary>
public enum TopicState
{
    Active,
    Noise,
    Merged,
}
