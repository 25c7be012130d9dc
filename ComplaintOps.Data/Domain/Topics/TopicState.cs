namespace ComplaintOps.Data.Domain.Topics;

public enum TopicState
{
    /// <summary>
    /// A provisional topic: a burst of similar complaints far from every topic, found between trainings. It raises the
    /// emerging-topic alert; the next training either carries it as an active topic or ends it.
    /// </summary>
    Emerging,

    /// <summary>A live topic: complaints are assigned to it, hotspots and reports count it.</summary>
    Active,

    /// <summary>An analyst marked it noise: complaints still land in it, but hotspots and alerts ignore it.</summary>
    Noise,

    /// <summary>Merged into another topic (by an analyst or by a retraining): its complaints count for that topic.</summary>
    Merged,

    /// <summary>No retraining found it any more.</summary>
    Ended,
}
