namespace ComplaintOps.Analytics.Evaluation;

/// <summary>Accuracy and macro-averaged F1 (every true or predicted class weighs the same; an undefined F1 counts as 0).</summary>
public static class ClassificationMetrics
{
    /// <summary>Share of exact matches.</summary>
    public static double Accuracy(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        Check(truth, predicted);
        return truth.Where((t, i) => t == predicted[i]).Count() / (double)truth.Count;
    }

    /// <summary>Unweighted mean of per-class F1 over the union of true and predicted classes.</summary>
    public static double MacroF1(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        Check(truth, predicted);
        var classes = truth.Concat(predicted).Distinct(StringComparer.Ordinal).ToList();
        double total = 0;
        foreach (var c in classes)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < truth.Count; i++)
            {
                var isTrue = truth[i] == c;
                var isPred = predicted[i] == c;
                if (isTrue && isPred) tp++;
                else if (isPred) fp++;
                else if (isTrue) fn++;
            }

            total += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        return total / classes.Count;
    }

    private static void Check(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count) throw new ArgumentException("Label lists differ in length.", nameof(predicted));
        if (truth.Count == 0) throw new ArgumentException("No labels.", nameof(truth));
    }
}
