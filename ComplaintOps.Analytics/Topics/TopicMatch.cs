namespace ComplaintOps.Analytics.Topics;

/// <summary>A point's nearest topic, its cosine to that topic's centroid and whether it reaches the topic's admission threshold.</summary>
public readonly record struct TopicMatch(int NearestTopicId, float Similarity, bool Admitted)
{
    /// <summary>The topic the point belongs to, or null when it is unassigned (far from every topic).</summary>
    public int? TopicId => Admitted ? NearestTopicId : null;
}
