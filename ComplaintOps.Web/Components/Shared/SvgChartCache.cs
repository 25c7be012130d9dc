using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ComplaintOps.Web.Components.Shared;

/// <summary>
/// Drawn charts shared by every circuit: a chart of the same data (the aggregator's immutable snapshot), size and language
/// is drawn once, not once per open dashboard. Entries live as long as the data object they were drawn from.
/// </summary>
public sealed class SvgChartCache
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, string>> _byData = [];

    public string GetOrDraw(object data, string name, int width, int height, Func<string> draw)
    {
        var charts = _byData.GetValue(data, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        var key = string.Create(CultureInfo.InvariantCulture, $"{name}|{width}x{height}|{CultureInfo.CurrentUICulture.Name}");
        return charts.GetOrAdd(key, _ => draw());
    }
}
