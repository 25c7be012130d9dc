namespace ComplaintOps.Analytics.Topics;

/// <summary>Settings of <see cref="TopicTraining"/>.</summary>
public sealed record TopicTrainingOptions
{
    /// <summary>Topics of a space's first (cold) training; null chooses k by silhouette up to <see cref="MaxClusterCount"/>.</summary>
    public int? ClusterCount { get; init; }

    public int MaxClusterCount { get; init; } = 30;

    /// <summary>Seed of every random choice (recorded with the model version).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>k-means restarts of a cold start.</summary>
    public int Restarts { get; init; } = 3;

    /// <summary>A topic needs at least this many complaints.</summary>
    public int MinTopicSize { get; init; } = 8;
}
