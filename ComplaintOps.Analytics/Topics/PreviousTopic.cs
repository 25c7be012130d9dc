using ComplaintOps.Data.Domain.Topics;
namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// A topic as the last training left it, with the analysts' decisions since: its <see cref="State"/> (noise, or merged into
/// <see cref="MergedIntoId"/>) and <see cref="SplitRequested"/>. <see cref="Centroid"/> is null when the topic has no live
/// centroid (e.g. a merged topic whose own cluster emptied). Renames live outside: ids are what stays stable.
/// </summary>
public sealed record PreviousTopic(int Id, float[]? Centroid)
{
    public TopicState State { get; init; } = TopicState.Active;

    /// <summary>The topic this one was merged into (set when <see cref="State"/> is <see cref="TopicState.Merged"/>).</summary>
    public int? MergedIntoId { get; init; }

    /// <summary>The threshold the last training derived; 0 falls back to <see cref="AdmissionOptions.Floor"/>.</summary>
    public float AdmissionThreshold { get; init; }

    /// <summary>The complaints the topic had, when known: lineage then matches by member overlap rather than centroid cosine.</summary>
    public IReadOnlyCollection<Guid>? Members { get; init; }

    /// <summary>An analyst asked for this topic to be split in two at the next training.</summary>
    public bool SplitRequested { get; init; }
}
