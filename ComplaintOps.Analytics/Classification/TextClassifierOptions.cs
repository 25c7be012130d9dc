using ComplaintOps.Analytics.Text;

namespace ComplaintOps.Analytics.Classification;

/// <summary>Training settings for <see cref="TextClassifier"/>.</summary>
public sealed record TextClassifierOptions
{
    /// <summary>Tokenizer settings; character n-grams inside words help short, misspelt texts.</summary>
    public TextTokenizerOptions Tokenizer { get; init; } = new() { WordCharNgrams = true, CjkMaxNgram = 3 };

    /// <summary>Vocabulary settings.</summary>
    public TfIdfOptions TfIdf { get; init; } = new() { MaxDocumentFrequencyRatio = 0.9 };

    /// <summary>"sdca" (SDCA maximum entropy) or "lbfgs" (L-BFGS maximum entropy).</summary>
    public string Trainer { get; init; } = "sdca";

    /// <summary>L2 regularisation; null lets the trainer choose.</summary>
    public float? L2 { get; init; }

    /// <summary>Seed for reproducible training.</summary>
    public int Seed { get; init; } = 42;
}
