namespace ComplaintOps.Data.Domain.Topics;

public enum TopicState
{
    /// <summary>A live topic: complaints are assigned to it, hotspots and reports count it.</summary>
    Active,

    /// <summary>An analyst marked it noise: complaints still land in it, but hotspots and alerts ignore it.</summary>
    Noise,

    /// <summary>Merged into another topic (by an analyst or by a retraining): its complaints count for that topic.</summary>
    Merged,

    /// <summary>No retraining found it any more.</summary>
    Ended,
}
