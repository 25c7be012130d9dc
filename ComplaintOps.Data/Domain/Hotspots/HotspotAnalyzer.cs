using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>
/// Hotspots and batch warnings from the two detectors: rising topics (<see cref="HotspotDetector"/>) and batch warnings on
/// topics or products (<see cref="BatchComplaintDetector"/>); batch warnings first, then rising topics by growth. The one
/// computation dashboards, meetings and reports share. A topic an analyst marked as noise, or one merged or ended, never
/// raises either (its complaints still count for their product). Pure.
/// </summary>
public sealed class HotspotAnalyzer(HotspotOptions hotspotOptions, BatchOptions batchOptions)
{
    public const int MaxShown = 8;

    private readonly HotspotDetector _hotspots = new(hotspotOptions);
    private readonly BatchComplaintDetector _batches = new(batchOptions);

    /// <param name="arrivals">The complaints of the last weeks (the hotspot baseline).</param>
    /// <param name="topics">The state of each topic; a topic missing here was born after it was read and counts as active.</param>
    /// <param name="nowUtc">The end of every window.</param>
    public IReadOnlyList<Hotspot> Analyze(IEnumerable<ComplaintArrival> arrivals, IReadOnlyDictionary<TopicKey, TopicState> topics, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var counted = arrivals.Select(a => a.Topic is { } t && topics.TryGetValue(t, out var state) && !state.RaisesAlerts() ? a with { Topic = null } : a)
            .ToList();
        var findings = _hotspots.Detect(counted, nowUtc).ToDictionary(f => f.Topic);
        var batches = _batches.Detect(counted, nowUtc);
        var topicBatches = batches.Where(b => b.Subject.Scope == HotspotScope.Topic).ToDictionary(b => b.Subject.Topic!.Value);

        var rising = findings.Values.Where(f => f.IsHotspot || topicBatches.ContainsKey(f.Topic))
            .Select(f =>
            {
                var batch = topicBatches.GetValueOrDefault(f.Topic);
                return new Hotspot(HotspotSubject.OfTopic(f.Topic), f.Current, f.BaselineMean, f.Growth, f.IsHotspot, batch?.Count ?? 0, batch is not null,
                    f.IsHotspot || batch is null ? f.Window : batch.Window);
            });
        var products = batches.Where(b => b.Subject.Scope == HotspotScope.Product)
            .Select(b => new Hotspot(b.Subject, b.Count, 0, 0, false, b.Count, true, b.Window));
        return rising.Concat(products)
            .OrderByDescending(h => h.BatchWarning).ThenByDescending(h => h.Growth).ThenByDescending(h => h.BatchCount)
            .ThenBy(h => h.Scope).ThenBy(h => h.Subject.Topic).ThenBy(h => h.Subject.Product, StringComparer.Ordinal)
            .Take(MaxShown).ToList();
    }
}
