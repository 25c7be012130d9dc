namespace ComplaintOps.Data.Features.Demo;

/// <summary>
/// Spreads the demo complaints over regions, weighted towards the bank's home market (Shanghai and the Yangtze delta).
/// Derived from a hash of the complaint's text, not from the generator's random stream, so adding regions left every
/// other demo draw (and the tests that count on them) as it was.
/// </summary>
internal static class DemoRegions
{
    private static readonly (string Code, int Weight)[] Weights =
    [
        ("310000", 30), ("320000", 14), ("330000", 12), ("440000", 9), ("110000", 8), ("340000", 5), ("370000", 4),
        ("510000", 4), ("420000", 3), ("350000", 3), ("500000", 2), ("610000", 2), ("410000", 2), ("120000", 2),
    ];

    private static readonly int Total = Weights.Sum(w => w.Weight);

    public static string For(string text)
    {
        var hash = 2166136261u;   // FNV-1a: stable across runs, unlike string.GetHashCode
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        var pick = (int)(hash % (uint)Total);
        foreach (var (code, weight) in Weights)
        {
            if (pick < weight)
            {
                return code;
            }

            pick -= weight;
        }

        return Weights[0].Code;
    }
}
