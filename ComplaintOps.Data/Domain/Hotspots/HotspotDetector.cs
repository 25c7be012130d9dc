using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>
/// Per topic: the count in the current window (now − W, now] against its own baseline, the K windows of the same length
/// before it (K = <see cref="HotspotOptions.BaselineWindows"/>, empty windows count as 0). A hotspot needs all three:
/// current ≥ minimum count, current ≥ ratio × max(mean, 1), and z = (current − mean) ÷ max(sd, 1) ≥ minimum z. Requiring both
/// ratio and z keeps noisy but steady topics quiet, and the floors keep rare topics from firing on a single complaint.
/// Pure: same arrivals and instant, same answer.
/// </summary>
public sealed class HotspotDetector(HotspotOptions options)
{
    private readonly HotspotOptions _options = options.Validated();

    /// <summary>Every topic with at least one complaint in the current window, hotspots first, then by growth.</summary>
    public IReadOnlyList<HotspotFinding> Detect(IEnumerable<ComplaintArrival> arrivals, DateTimeOffset nowUtc)
    {
        var window = TimeSpan.FromHours(_options.WindowHours);
        var k = _options.BaselineWindows;
        var earliest = nowUtc - (window * (k + 1));
        var findings = new List<HotspotFinding>();
        foreach (var topic in arrivals.Where(a => a.Topic is not null && a.RegisteredAtUtc > earliest && a.RegisteredAtUtc <= nowUtc)
                     .GroupBy(a => a.Topic!.Value))
        {
            // bucket 0 = current window, 1..k = baseline windows going back
            var counts = new int[k + 1];
            foreach (var a in topic)
            {
                var bucket = (int)((nowUtc - a.RegisteredAtUtc).Ticks / window.Ticks);
                counts[Math.Min(bucket, k)]++;
            }

            if (counts[0] == 0)
            {
                continue;
            }

            findings.Add(Evaluate(topic.Key, counts[0], counts.Skip(1).ToArray(), nowUtc));
        }

        return findings.OrderByDescending(f => f.IsHotspot).ThenByDescending(f => f.Growth).ThenBy(f => f.Topic).ToList();
    }

    /// <summary>The rule on one topic's counts: the current window ending at <paramref name="nowUtc"/> and its baseline windows.</summary>
    public HotspotFinding Evaluate(TopicKey topic, int current, IReadOnlyList<int> baseline, DateTimeOffset nowUtc)
    {
        var mean = baseline.Count == 0 ? 0 : baseline.Average();
        var variance = baseline.Count == 0 ? 0 : baseline.Sum(c => (c - mean) * (c - mean)) / baseline.Count;
        var sd = Math.Sqrt(variance);
        var growth = (current - mean) / Math.Max(mean, 1.0);
        var z = (current - mean) / Math.Max(sd, 1.0);
        var hot = current >= _options.MinimumCount && current >= _options.MinimumRatio * Math.Max(mean, 1.0) && z >= _options.MinimumZScore;
        return new HotspotFinding(topic, current, Math.Round(mean, 3), Math.Round(sd, 3), Math.Round(growth, 3), Math.Round(z, 3), hot,
            TimeWindow.Ending(nowUtc, TimeSpan.FromHours(_options.WindowHours)));
    }
}
