namespace ComplaintOps.Analytics.Evaluation;

/// <summary>External clustering indices against true labels: NMI (arithmetic-mean normalisation, as scikit-learn's default) and ARI.</summary>
public static class ClusteringMetrics
{
    /// <summary>Normalised mutual information, 0..1 (1 when both partitions are a single identical cluster).</summary>
    public static double NormalizedMutualInformation<TA, TB>(IReadOnlyList<TA> truth, IReadOnlyList<TB> predicted)
        where TA : notnull
        where TB : notnull
    {
        var (table, rows, cols, n) = Contingency(truth, predicted);
        var hTruth = Entropy(rows, n);
        var hPred = Entropy(cols, n);
        if (hTruth == 0 && hPred == 0) return 1;
        double mi = 0;
        foreach (var ((r, c), count) in table)
        {
            mi += count / n * Math.Log(count * n / (rows[r] * (double)cols[c]));
        }

        var denominator = (hTruth + hPred) / 2;
        return denominator <= 0 ? 0 : Math.Clamp(mi / denominator, 0, 1);
    }

    /// <summary>Adjusted Rand index: 0 for chance agreement, 1 for identical partitions.</summary>
    public static double AdjustedRandIndex<TA, TB>(IReadOnlyList<TA> truth, IReadOnlyList<TB> predicted)
        where TA : notnull
        where TB : notnull
    {
        var (table, rows, cols, n) = Contingency(truth, predicted);
        static double Pairs(double x) => x * (x - 1) / 2;
        var index = table.Values.Sum(Pairs);
        var a = rows.Values.Sum(x => Pairs(x));
        var b = cols.Values.Sum(x => Pairs(x));
        var expected = a * b / Pairs(n);
        var max = (a + b) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double Entropy(Dictionary<int, int> counts, double n) =>
        -counts.Values.Where(c => c > 0).Sum(c => c / n * Math.Log(c / n));

    private static (Dictionary<(int, int), double> Table, Dictionary<int, int> Rows, Dictionary<int, int> Cols, double N) Contingency<TA, TB>(
        IReadOnlyList<TA> truth, IReadOnlyList<TB> predicted)
        where TA : notnull
        where TB : notnull
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count) throw new ArgumentException("Label lists differ in length.", nameof(predicted));
        if (truth.Count == 0) throw new ArgumentException("No labels.", nameof(truth));
        var truthIds = new Dictionary<TA, int>();
        var predIds = new Dictionary<TB, int>();
        var table = new Dictionary<(int, int), double>();
        var rows = new Dictionary<int, int>();
        var cols = new Dictionary<int, int>();
        for (var i = 0; i < truth.Count; i++)
        {
            if (!truthIds.TryGetValue(truth[i], out var r)) truthIds[truth[i]] = r = truthIds.Count;
            if (!predIds.TryGetValue(predicted[i], out var c)) predIds[predicted[i]] = c = predIds.Count;
            table[(r, c)] = table.GetValueOrDefault((r, c)) + 1;
            rows[r] = rows.GetValueOrDefault(r) + 1;
            cols[c] = cols.GetValueOrDefault(c) + 1;
        }

        return (table, rows, cols, truth.Count);
    }
}
