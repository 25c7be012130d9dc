using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Analytics.Topics;

/// <summary>One space of a training, for the registry: how many complaints, which representation, topics, seeds and quality.</summary>
public sealed record SpaceReport(
    TopicSpace Space, string Representation, int Complaints, int Topics, int Born, int Continued, int Ended, int Merged,
    double Unassigned, double Cohesion, double Silhouette, IReadOnlyList<int> Seeds);
