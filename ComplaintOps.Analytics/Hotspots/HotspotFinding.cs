namespace ComplaintOps.Analytics.Hotspots;

/// <summary>
/// One topic's volume at a moment: <see cref="Current"/> complaints in the current window against the mean and standard
/// deviation of its baseline windows. Growth = (current − mean) ÷ max(mean, 1); z = (current − mean) ÷ max(sd, 1).
/// </summary>
public sealed record HotspotFinding(string Topic, int Current, double BaselineMean, double BaselineStdDev, double Growth, double ZScore, bool IsHotspot);
