namespace ComplaintOps.Analytics.Topics;

/// <summary>An unassigned complaint for emerging-topic detection: id, unit vector and when it arrived (UTC).</summary>
public readonly record struct TimedPoint(Guid Id, float[] Vector, DateTimeOffset At);
