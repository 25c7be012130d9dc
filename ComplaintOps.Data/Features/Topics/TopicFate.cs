namespace ComplaintOps.Data.Features.Topics;

/// <summary>What a retraining decided about a topic.</summary>
public enum TopicFate
{
    /// <summary>Found again: keeps its id, name and decisions; label, size and quality refreshed.</summary>
    Continued,

    /// <summary>New (with a parent when split off from it).</summary>
    Born,

    /// <summary>No successor.</summary>
    Ended,

    /// <summary>Its complaints now form part of another topic.</summary>
    MergedInto,
}
