namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// One centre of a trained topic model. <see cref="TopicId"/> is the centre's own topic; complaints placed here count for
/// <see cref="ReportedTopicId"/> (different when an analyst merged the topic into another one).
/// </summary>
public sealed record SpaceTopic(int TopicId, int ReportedTopicId, float[] Centroid, float AdmissionThreshold, int Size, double Cohesion, string Label);
