using ComplaintOps.Analytics.Evaluation;

namespace ComplaintOps.Tests.Analytics;

public sealed class MetricsTests
{
    private static readonly int[] Truth = [0, 0, 0, 1, 1, 1];
    private static readonly int[] Predicted = [0, 0, 1, 1, 2, 2];

    [Fact]
    public void Nmi_matches_the_hand_computed_arithmetic_normalisation()
    {
        // MI = (2/3)·ln 2 = 0.4621, H(truth) = ln 2, H(pred) = ln 3 → 0.4621 / ((ln 2 + ln 3)/2) = 0.5158 (scikit-learn's default).
        Assert.Equal(0.5158037, ClusteringMetrics.NormalizedMutualInformation(Truth, Predicted), 6);
    }

    [Fact]
    public void Ari_matches_the_hand_computed_value()
    {
        // Pairs together in both: 2; in truth: 6; in prediction: 3; expected 6·3/15 = 1.2; max 4.5 → 0.8/3.3.
        Assert.Equal(0.242424, ClusteringMetrics.AdjustedRandIndex(Truth, Predicted), 5);
        Assert.Equal(0.571428, ClusteringMetrics.AdjustedRandIndex(new[] { 0, 0, 1, 1 }, new[] { 0, 0, 1, 2 }), 5);
    }

    [Fact]
    public void Identical_partitions_score_one_whatever_the_names()
    {
        string[] truth = ["a", "a", "b", "c"];
        int[] predicted = [7, 7, 3, 5];

        Assert.Equal(1, ClusteringMetrics.NormalizedMutualInformation(truth, predicted), 9);
        Assert.Equal(1, ClusteringMetrics.AdjustedRandIndex(truth, predicted), 9);
    }

    [Fact]
    public void Independent_partitions_score_zero_nmi()
    {
        Assert.Equal(0, ClusteringMetrics.NormalizedMutualInformation(new[] { 0, 0, 1, 1 }, new[] { 0, 1, 0, 1 }), 9);
    }

    [Fact]
    public void Accuracy_and_macro_f1_match_hand_computed_values()
    {
        string[] truth = ["a", "a", "a", "b", "b", "c"];
        string[] predicted = ["a", "a", "b", "b", "b", "a"];

        Assert.Equal(4 / 6.0, ClassificationMetrics.Accuracy(truth, predicted), 9);
        // F1: a = 2·2/(4+1+1) = 2/3, b = 2·2/(4+1+0) = 4/5, c = 0 → mean 0.4889.
        Assert.Equal((2 / 3.0 + 0.8 + 0) / 3, ClassificationMetrics.MacroF1(truth, predicted), 9);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ClassificationMetrics.Accuracy(["a"], ["a", "b"]));
        Assert.Throws<ArgumentException>(() => ClusteringMetrics.NormalizedMutualInformation(new[] { 1 }, new[] { 1, 2 }));
    }
}
