namespace ComplaintOps.Data.Features.Topics;

/// <summary>Where a model put one complaint: a topic, or none (unassigned/emerging), with its cosine to the nearest centre.</summary>
public sealed record TopicPlacement(Guid ComplaintId, int? TopicId, float Similarity);
