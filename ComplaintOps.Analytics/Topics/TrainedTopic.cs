using ComplaintOps.Data.Domain.Topics;
namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// A topic with a live centroid after training. A merged topic keeps its own centroid (e.g. the English side of a
/// Chinese topic) but its complaints count for <see cref="ReportedTopicId"/>. <see cref="Size"/> counts admitted
/// complaints; <see cref="Cohesion"/> is their mean cosine to the centroid and <see cref="Silhouette"/> their mean
/// simplified silhouette (own centroid against the next nearest, cosine distance).
/// </summary>
public sealed record TrainedTopic(
    int Id, TopicState State, int? MergedIntoId, int? ParentId, int ReportedTopicId, float[] Centroid, int Size,
    float AdmissionThreshold, double Cohesion, double Silhouette);
