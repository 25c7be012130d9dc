namespace ComplaintOps.Analytics.Topics;

/// <summary>One centroid a point can be assigned to: the topic it reports (a merged topic's centroid reports the topic it was merged into) and its admission threshold.</summary>
public sealed record TopicCentroid(int TopicId, float[] Centroid, float AdmissionThreshold);
