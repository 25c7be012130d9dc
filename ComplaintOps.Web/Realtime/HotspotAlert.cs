using ComplaintOps.Data.Features.Dashboard;

namespace ComplaintOps.Web.Realtime;

/// <summary>What started: a topic rising above its baseline, or a batch-complaint warning (批量投诉).</summary>
public enum HotspotAlertKind
{
    Hotspot,
    Batch,
}

/// <summary>
/// A topic became a hotspot, or a batch warning started on a topic or product, between two snapshots. Raised once when it
/// starts, not again while it lasts; it can be raised again after it has ended and starts anew.
/// </summary>
public sealed record HotspotAlert(HotspotAlertKind Kind, HotspotScope Scope, string Topic, int Count, double Baseline, double Growth, DateTimeOffset AtUtc)
{
    public static IReadOnlyList<HotspotAlert> Crossings(IReadOnlyList<Hotspot> before, IReadOnlyList<Hotspot> after, DateTimeOffset atUtc)
    {
        var was = before.ToDictionary(h => (h.Scope, h.Topic));
        var alerts = new List<HotspotAlert>();
        foreach (var h in after)
        {
            was.TryGetValue((h.Scope, h.Topic), out var previous);
            if (h.BatchWarning && previous?.BatchWarning != true)
            {
                alerts.Add(new HotspotAlert(HotspotAlertKind.Batch, h.Scope, h.Topic, h.BatchCount, h.Baseline, h.Growth, atUtc));
            }

            if (h.Rising && previous?.Rising != true)
            {
                alerts.Add(new HotspotAlert(HotspotAlertKind.Hotspot, h.Scope, h.Topic, h.Current, h.Baseline, h.Growth, atUtc));
            }
        }

        return alerts;
    }
}
