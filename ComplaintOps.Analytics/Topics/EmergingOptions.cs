namespace ComplaintOps.Analytics.Topics;

/// <summary>What counts as a burst: at least <see cref="MinBurst"/> unassigned complaints within <see cref="Window"/>, each at cosine ≥ <see cref="Similarity"/> to the group's centre.</summary>
public sealed record EmergingOptions
{
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(1);

    public int MinBurst { get; init; } = 5;

    /// <summary>Cosine two complaints (and a member and the group's centre) need to be "the same problem"; depends on the representation.</summary>
    public float Similarity { get; init; } = 0.6f;
}
