namespace ComplaintOps.Data.Domain.Topics;

/// <summary>What each <see cref="TopicState"/> allows, in one place for hotspots, alerts and the steering screens.</summary>
public static class TopicStateRules
{
    /// <summary>Active and emerging topics raise hotspots and batch warnings; noise, merged and ended ones never do.</summary>
    public static bool RaisesAlerts(this TopicState state) => state is TopicState.Active or TopicState.Emerging;

    /// <summary>A topic another can be merged into (what <see cref="Topic.MergeInto"/> accepts as the surviving topic).</summary>
    public static bool CanAbsorb(this TopicState state) => state is TopicState.Active or TopicState.Noise;
}
