using ComplaintOps.Analytics.Text;
using ComplaintOps.Data.Text;

namespace ComplaintOps.Analytics.Classification;

/// <summary>Training settings for <see cref="TextClassifier"/>.</summary>
public sealed record TextClassifierOptions
{
    /// <summary>
    /// Tokenizer settings: stop words are kept (a supervised model weighs "why", "not", "how" itself — on Banking77 this
    /// gains a point of accuracy) and CJK trigrams are added; character n-grams inside words cost time for little gain.
    /// </summary>
    public TextTokenizerOptions Tokenizer { get; init; } = new() { RemoveStopWords = false, CjkMaxNgram = 3 };

    /// <summary>Vocabulary settings.</summary>
    public TfIdfOptions TfIdf { get; init; } = new() { MaxDocumentFrequencyRatio = 0.9 };

    /// <summary>"sdca" (SDCA maximum entropy) or "lbfgs" (L-BFGS maximum entropy).</summary>
    public string Trainer { get; init; } = "lbfgs";

    /// <summary>L2 regularisation (L-BFGS default 0.1: 1.0 underfits short texts by ~2 points); null lets SDCA choose.</summary>
    public float? L2 { get; init; } = 0.1f;

    /// <summary>Seed for reproducible training.</summary>
    public int Seed { get; init; } = 42;
}
