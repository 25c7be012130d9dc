namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>
/// A topic or product that needs the room's attention: <paramref name="Rising"/> when its count in the current window is well
/// above its own baseline, <paramref name="BatchWarning"/> when many arrived within the batch window (批量投诉). Products
/// only ever carry batch warnings. <paramref name="Window"/> holds the complaints behind it (the drill-down's filter): the
/// hotspot window when rising, else the batch window.
/// </summary>
public sealed record Hotspot(HotspotSubject Subject, int Current, double Baseline, double Growth, bool Rising, int BatchCount, bool BatchWarning,
    TimeWindow Window)
{
    public HotspotScope Scope => Subject.Scope;
}
