using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>An emerging topic to store: a new one (created with this id) or one that exists and gained members.</summary>
public sealed record EmergingTopicRecord(int TopicId, TopicSpace Space, string Label, int Size, double Cohesion, bool IsNew);
