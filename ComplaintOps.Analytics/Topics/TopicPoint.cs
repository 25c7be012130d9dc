namespace ComplaintOps.Analytics.Topics;

/// <summary>A complaint as the topic training sees it: its id and its unit vector.</summary>
public readonly record struct TopicPoint(Guid Id, float[] Vector);
