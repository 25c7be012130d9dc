namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>Nearest-rank percentiles of a set of measurements (milliseconds).</summary>
public sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> values)
    {
        _sorted = [.. values];
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    public double P50 => At(50);

    public double P95 => At(95);

    public double P99 => At(99);

    /// <summary>The smallest value with at least <paramref name="percent"/> % of the values at or below it.</summary>
    public double At(double percent)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }
}
