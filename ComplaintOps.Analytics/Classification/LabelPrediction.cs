using Microsoft.ML.Data;

namespace ComplaintOps.Analytics.Classification;

/// <summary>ML.NET output row: the predicted label and the softmax probability of every class.</summary>
public sealed class LabelPrediction
{
    /// <summary>Most probable class.</summary>
    [ColumnName("PredictedLabel")]
    public string Label { get; set; } = "";

    /// <summary>Class probabilities in the order of <see cref="TextClassifier.Classes"/>.</summary>
    [ColumnName("Score")]
    public float[] Probabilities { get; set; } = [];
}
