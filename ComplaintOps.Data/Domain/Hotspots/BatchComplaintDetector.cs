namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>
/// 批量投诉: at least <see cref="BatchOptions.Threshold"/> complaints on one topic, or on one product, within the window
/// (now − W, now]. Topics and products are counted separately: many complaints about one card product across topics
/// is as much a batch as many in one topic. Pure.
/// </summary>
public sealed class BatchComplaintDetector(BatchOptions options)
{
    private readonly BatchOptions _options = options.Validated();

    public IReadOnlyList<BatchWarning> Detect(IEnumerable<ComplaintArrival> arrivals, DateTimeOffset nowUtc)
    {
        var window = TimeWindow.Ending(nowUtc, TimeSpan.FromMinutes(_options.WindowMinutes));
        var recent = arrivals.Where(a => a.RegisteredAtUtc > window.FromUtc && a.RegisteredAtUtc <= nowUtc).ToList();
        return Warnings(recent, window, a => a.Topic is { } t ? HotspotSubject.OfTopic(t) : null)
            .Concat(Warnings(recent, window, a => string.IsNullOrWhiteSpace(a.Product) ? null : HotspotSubject.OfProduct(a.Product)))
            .OrderByDescending(w => w.Count).ThenBy(w => w.Subject.Scope).ThenBy(w => w.Subject.Topic).ThenBy(w => w.Subject.Product, StringComparer.Ordinal)
            .ToList();
    }

    private IEnumerable<BatchWarning> Warnings(List<ComplaintArrival> recent, TimeWindow window, Func<ComplaintArrival, HotspotSubject?> subject) =>
        recent.Select(a => (Subject: subject(a), a.RegisteredAtUtc))
            .Where(x => x.Subject is not null)
            .GroupBy(x => x.Subject!.Value)
            .Where(g => g.Count() >= _options.Threshold)
            .Select(g => new BatchWarning(g.Key, g.Count(), g.Min(x => x.RegisteredAtUtc), g.Max(x => x.RegisteredAtUtc), window));
}
