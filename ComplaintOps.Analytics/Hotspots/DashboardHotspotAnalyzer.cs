using ComplaintOps.Data.Features.Dashboard;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Analytics.Hotspots;

/// <summary>
/// The dashboard's hotspot panel from the two detectors: rising topics (<see cref="HotspotDetector"/>) and batch warnings on
/// topics or products (<see cref="BatchComplaintDetector"/>). Batch warnings first, then rising topics by growth.
/// </summary>
public sealed class DashboardHotspotAnalyzer(IOptions<HotspotOptions> hotspotOptions, IOptions<BatchOptions> batchOptions) : IHotspotAnalyzer
{
    public const int MaxShown = 8;

    private readonly HotspotDetector _hotspots = new(hotspotOptions.Value);
    private readonly BatchComplaintDetector _batches = new(batchOptions.Value);

    public IReadOnlyList<Hotspot> Analyze(IReadOnlyCollection<ComplaintFacts> facts, DateTimeOffset nowUtc)
    {
        var arrivals = facts.Select(f => new ComplaintArrival(f.TopicKey, f.Product, f.RegisteredAtUtc)).ToList();
        var findings = _hotspots.Detect(arrivals, nowUtc).ToDictionary(f => f.Topic, StringComparer.Ordinal);
        var batches = _batches.Detect(arrivals, nowUtc);
        var topicBatches = batches.Where(b => b.Scope == HotspotScope.Topic).ToDictionary(b => b.Key, StringComparer.Ordinal);

        var topics = findings.Values.Where(f => f.IsHotspot || topicBatches.ContainsKey(f.Topic))
            .Select(f => new Hotspot(HotspotScope.Topic, f.Topic, f.Current, f.BaselineMean, f.Growth, f.IsHotspot,
                topicBatches.TryGetValue(f.Topic, out var b) ? b.Count : 0, topicBatches.ContainsKey(f.Topic)));
        var products = batches.Where(b => b.Scope == HotspotScope.Product)
            .Select(b => new Hotspot(HotspotScope.Product, b.Key, b.Count, 0, 0, false, b.Count, true));
        return topics.Concat(products)
            .OrderByDescending(h => h.BatchWarning).ThenByDescending(h => h.Growth).ThenByDescending(h => h.BatchCount)
            .ThenBy(h => h.Scope).ThenBy(h => h.Topic, StringComparer.Ordinal)
            .Take(MaxShown).ToList();
    }
}
