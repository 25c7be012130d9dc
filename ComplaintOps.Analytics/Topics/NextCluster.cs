namespace ComplaintOps.Analytics.Topics;

/// <summary>A cluster of the new training, before it has an identity: its index, unit centroid, size and (when known) member complaint ids.</summary>
public sealed record NextCluster(int Index, float[] Centroid, int Size, IReadOnlyCollection<Guid>? Members = null);
