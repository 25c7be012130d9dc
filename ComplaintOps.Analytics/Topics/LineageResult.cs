namespace ComplaintOps.Analytics.Topics;

/// <summary>Identities of the new clusters (by cluster index) and every event of the step, in a stable order.</summary>
public sealed record LineageResult(IReadOnlyList<CarriedCluster> Clusters, IReadOnlyList<LineageEvent> Events);
