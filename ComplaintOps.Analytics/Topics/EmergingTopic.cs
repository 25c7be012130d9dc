namespace ComplaintOps.Analytics.Topics;

/// <summary>A burst of similar unassigned complaints: its members (in arrival order), unit centre, first and last arrival, and mean cosine to the centre.</summary>
public sealed record EmergingTopic(IReadOnlyList<Guid> Members, float[] Centroid, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, double Cohesion);
