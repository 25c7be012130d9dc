namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// A complaint after training: <see cref="TopicId"/> is the topic it counts for (null: unassigned, far from every
/// topic); <see cref="CentroidTopicId"/> is the topic whose own centroid holds it, which differs only for a merged topic
/// and is what the next training's <see cref="PreviousTopic.Members"/> should list. <see cref="Similarity"/> is the
/// cosine to that centroid.
/// </summary>
public readonly record struct PointTopic(Guid Id, int? TopicId, int? CentroidTopicId, float Similarity);
