using ComplaintOps.Data.Features.Dashboard;

namespace ComplaintOps.Analytics.Hotspots;

/// <summary>
/// 批量投诉: at least <see cref="BatchOptions.Threshold"/> complaints on one topic, or on one product, within the window
/// (now − W, now]. Topics and products are counted separately: many complaints about one card product across categories
/// is as much a batch as many in one category. Pure.
/// </summary>
public sealed class BatchComplaintDetector(BatchOptions options)
{
    private readonly BatchOptions _options = options.Validated();

    public IReadOnlyList<BatchWarning> Detect(IEnumerable<ComplaintArrival> arrivals, DateTimeOffset nowUtc)
    {
        var from = nowUtc - TimeSpan.FromMinutes(_options.WindowMinutes);
        var recent = arrivals.Where(a => a.RegisteredAtUtc > from && a.RegisteredAtUtc <= nowUtc).ToList();
        return Warnings(recent, HotspotScope.Topic, a => a.TopicKey)
            .Concat(Warnings(recent, HotspotScope.Product, a => string.IsNullOrWhiteSpace(a.Product) ? null : a.Product))
            .OrderByDescending(w => w.Count).ThenBy(w => w.Scope).ThenBy(w => w.Key, StringComparer.Ordinal).ToList();
    }

    private IEnumerable<BatchWarning> Warnings(List<ComplaintArrival> recent, HotspotScope scope, Func<ComplaintArrival, string?> key) =>
        recent.Where(a => key(a) is not null)
            .GroupBy(a => key(a)!, StringComparer.Ordinal)
            .Where(g => g.Count() >= _options.Threshold)
            .Select(g => new BatchWarning(scope, g.Key, g.Count(), g.Min(a => a.RegisteredAtUtc), g.Max(a => a.RegisteredAtUtc)));
}
