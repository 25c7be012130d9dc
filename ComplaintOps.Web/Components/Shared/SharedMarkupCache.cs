using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ComplaintOps.Web.Components.Shared;

/// <summary>
/// Markup shared by every circuit: a chart or board drawn from the same immutable data (the aggregator's snapshot or a
/// part of it), at the same size and in the same language, is drawn once, not once per open dashboard, and held once
/// rather than as a render tree per circuit. Entries live as long as the data object they were drawn from.
/// </summary>
public sealed class SharedMarkupCache
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, string>> _byData = [];

    public string GetOrDraw(object data, string name, int width, int height, Func<string> draw) =>
        GetOrDraw(data, string.Create(CultureInfo.InvariantCulture, $"{name}|{width}x{height}"), draw);

    public string GetOrDraw(object data, string name, Func<string> draw)
    {
        var drawn = _byData.GetValue(data, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        return drawn.GetOrAdd(name + "|" + CultureInfo.CurrentUICulture.Name, _ => draw());
    }
}
