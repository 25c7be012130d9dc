using Microsoft.ML.Data;

namespace ComplaintOps.Analytics.Classification;

/// <summary>ML.NET input row: a sparse TF-IDF vector (size set at run time by a schema definition) and its label.</summary>
public sealed class SparseTextRow
{
    /// <summary>TF-IDF features.</summary>
    public VBuffer<float> Features { get; set; }

    /// <summary>The class (empty when predicting).</summary>
    public string Label { get; set; } = "";
}
