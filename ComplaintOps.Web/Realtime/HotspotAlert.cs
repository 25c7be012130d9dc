using ComplaintOps.Data.Domain.Hotspots;

namespace ComplaintOps.Web.Realtime;

/// <summary>What started: a topic rising above its baseline, or a batch-complaint warning (批量投诉).</summary>
public enum HotspotAlertKind
{
    Hotspot,
    Batch,
}

/// <summary>
/// A topic became a hotspot, or a batch warning started on a topic or product, between two snapshots. Raised once when it
/// starts, not again while it lasts; it can be raised again after it has ended and starts anew. <see cref="Window"/> holds
/// the complaints behind it (the drill-down's filter).
/// </summary>
public sealed record HotspotAlert(HotspotAlertKind Kind, HotspotSubject Subject, int Count, double Baseline, double Growth, TimeWindow Window, DateTimeOffset AtUtc)
{
    public HotspotScope Scope => Subject.Scope;

    public static IReadOnlyList<HotspotAlert> Crossings(IReadOnlyList<Hotspot> before, IReadOnlyList<Hotspot> after, DateTimeOffset atUtc)
    {
        var was = before.ToDictionary(h => h.Subject);
        var alerts = new List<HotspotAlert>();
        foreach (var h in after)
        {
            was.TryGetValue(h.Subject, out var previous);
            if (h.BatchWarning && previous?.BatchWarning != true)
            {
                alerts.Add(new HotspotAlert(HotspotAlertKind.Batch, h.Subject, h.BatchCount, h.Baseline, h.Growth, h.Window, atUtc));
            }

            if (h.Rising && previous?.Rising != true)
            {
                alerts.Add(new HotspotAlert(HotspotAlertKind.Hotspot, h.Subject, h.Current, h.Baseline, h.Growth, h.Window, atUtc));
            }
        }

        return alerts;
    }
}
