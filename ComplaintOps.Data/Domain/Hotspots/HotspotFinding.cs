using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>
/// One topic's volume at a moment: <see cref="Current"/> complaints in the current window against the mean and standard
/// deviation of its baseline windows. Growth = (current − mean) ÷ max(mean, 1); z = (current − mean) ÷ max(sd, 1).
/// <see cref="Window"/> is the current window.
/// </summary>
public sealed record HotspotFinding(TopicKey Topic, int Current, double BaselineMean, double BaselineStdDev, double Growth, double ZScore, bool IsHotspot,
    TimeWindow Window);
