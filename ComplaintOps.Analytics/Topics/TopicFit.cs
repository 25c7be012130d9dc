using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// Where the topic model puts one text: its space, the topic it counts for (null = unassigned/emerging: too far from every
/// topic), the nearest centre's own topic and the cosine to it.
/// </summary>
public readonly record struct TopicFit(TopicSpace Space, int? TopicId, int? NearestTopicId, float Similarity);
