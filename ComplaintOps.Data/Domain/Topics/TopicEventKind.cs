namespace ComplaintOps.Data.Domain.Topics;

/// <summary>What happened to a topic: its lineage across retrainings and the analysts' decisions.</summary>
public enum TopicEventKind
{
    Born,
    Emerged,
    Split,
    Merged,
    Ended,
    Renamed,
    MergedByAnalyst,
    MarkedNoise,
    NoiseCleared,
    SplitRequested,
}
