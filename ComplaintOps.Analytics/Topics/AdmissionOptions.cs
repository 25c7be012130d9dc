namespace ComplaintOps.Analytics.Topics;

/// <summary>How a topic's admission threshold is derived from its training members' cosines to its centroid.</summary>
public sealed record AdmissionOptions
{
    /// <summary>The threshold is this low percentile of the members' cosines: the training's own outliers mark the edge.</summary>
    public double Percentile { get; init; } = 0.02;

    /// <summary>No threshold is lower: a loose topic must not swallow everything.</summary>
    public float Floor { get; init; } = 0.2f;

    /// <summary>A topic with fewer members uses the space's threshold (the percentile over all points): a few cosines make a poor percentile.</summary>
    public int MinMembers { get; init; } = 20;
}
