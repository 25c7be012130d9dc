using ComplaintOps.Data.Domain.Topics;
namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// A new cluster with its identity: <see cref="TopicId"/> (carried or new), its state, the split parent when it split off,
/// and <see cref="ReportedTopicId"/>: the topic its complaints count for (the end of the merged-into chain).
/// </summary>
public sealed record CarriedCluster(int Index, int TopicId, TopicState State, int? MergedIntoId, int? ParentId, int ReportedTopicId);
