using ComplaintOps.Analytics.Text;

namespace ComplaintOps.Analytics.Classification;

/// <summary>Training settings for <see cref="TextClassifier"/>.</summary>
public sealed record TextClassifierOptions
{
    /// <summary>Tokenizer settings; character n-grams inside words help short, misspelt texts.</summary>
    public TextTokenizerOptions Tokenizer { get; init; } = new() { WordCharNgrams = true, CjkMaxNgram = 3 };

    /// <summary>Vocabulary settings.</summary>
    public TfIdfOptions TfIdf { get; init; } = new() { MaxDocumentFrequencyRatio = 0.9 };

    /// <summary>Seed for reproducible training.</summary>
    public int Seed { get; init; } = 42;
}
