namespace ComplaintOps.Analytics.Topics;

/// <summary>Settings of <see cref="TopicRetrainer.Retrain"/>.</summary>
public sealed record RetrainOptions
{
    /// <summary>Topics of a cold start; null chooses k by silhouette between <see cref="MinK"/> and <see cref="MaxK"/>.</summary>
    public int? K { get; init; }

    public int MinK { get; init; } = 2;

    public int MaxK { get; init; } = 40;

    /// <summary>Cold-start restarts (see <see cref="KMeansRequest.Restarts"/>).</summary>
    public int Restarts { get; init; } = 3;

    /// <summary>Seed of every random choice.</summary>
    public int Seed { get; init; } = 42;

    public int MaxIterations { get; init; } = 50;

    /// <summary>A cluster with fewer complaints is not a topic: a carried one dies (or merges), a new group is not born.</summary>
    public int MinTopicSize { get; init; } = 10;

    /// <summary>At most this many topics are born from the unadmitted complaints at one training.</summary>
    public int MaxBirths { get; init; } = 5;

    /// <summary>A new group's mean cosine to its centre must reach this; null: the median admission threshold of the carried topics.</summary>
    public float? MinBirthCohesion { get; init; }

    public AdmissionOptions Admission { get; init; } = new();

    public LineageOptions Lineage { get; init; } = new();

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
