namespace ComplaintOps.Data.Features.Topics;

/// <summary>Where a model put one complaint: a topic, or none (unassigned/emerging), with its cosine to the nearest centre.</summary>
/// <param name="NearestTopicId">The topic whose centre is nearest (see <see cref="Domain.Topics.TopicAssignment.NearestTopicId"/>).</param>
public sealed record TopicPlacement(Guid ComplaintId, int? TopicId, float Similarity, int? NearestTopicId = null);
