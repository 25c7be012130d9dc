namespace ComplaintOps.Data.Domain.Supervision;

/// <summary>
/// The spot check's random sample, reproducible from what is recorded: the population is put in a canonical order (the
/// complaint ids' "N" text, ordinal — not the database's or Guid.CompareTo's order, which differ between providers), then
/// a partial Fisher–Yates shuffle driven by <see cref="SplitMix64"/> from the seed picks the first <c>size</c>.
/// Same month, same seed and same population → same sample, in the same order.
/// </summary>
public static class SpotCheckSample
{
    /// <summary>Default share of the month's closed complaints that is checked.</summary>
    public const decimal DefaultPercent = 5m;

    /// <summary>Default least number of cases (all of them when the month has fewer).</summary>
    public const int DefaultMinimum = 10;

    public const int MaxSize = 500;

    /// <summary><paramref name="percent"/> of the population rounded up, at least <paramref name="minimum"/>, at most the population.</summary>
    public static int SizeFor(int population, decimal percent = DefaultPercent, int minimum = DefaultMinimum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        var share = (int)Math.Ceiling(population * percent / 100m);
        return Math.Min(population, Math.Min(MaxSize, Math.Max(minimum, share)));
    }

    public static IReadOnlyList<Guid> Draw(IEnumerable<Guid> population, int size, long seed)
    {
        var items = population.Distinct().Select(id => (Id: id, Key: id.ToString("N"))).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Id).ToArray();
        size = Math.Clamp(size, 0, items.Length);
        var random = new SplitMix64(unchecked((ulong)seed));
        for (var i = 0; i < size; i++)
        {
            var j = i + (int)random.NextBelow((ulong)(items.Length - i));
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items[..size];
    }
}
