using ComplaintOps.Analytics.Text;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Text;

namespace ComplaintOps.Analytics.Representation;

/// <summary>How an <see cref="LsaFeaturizer"/> is fitted: tokenizer, vocabulary pruning, LSA size and sampling.</summary>
public sealed record LsaFeaturizerOptions
{
    /// <summary>Tokenizer settings (masking, CJK n-gram length, English stems and bigrams).</summary>
    public TextTokenizerOptions Tokenizer { get; init; } = new();

    /// <summary>Vocabulary settings.</summary>
    public TfIdfOptions TfIdf { get; init; } = new() { MaxFeatures = 60_000, MaxDocumentFrequencyRatio = 0.95 };

    /// <summary>LSA dimensions.</summary>
    public int Dimensions { get; init; } = 150;

    /// <summary>LSA whitening exponent (0 = classic LSA, 1 = every latent direction weighs the same).</summary>
    public double Whitening { get; init; }

    /// <summary>At most this many documents fit the LSA projection.</summary>
    public int LsaSampleSize { get; init; } = 20_000;

    /// <summary>
    /// At most this many texts (a seeded sample) learn the vocabulary in <see cref="SpaceFeaturizers.Fit"/>, so fitting
    /// over a million stored complaints costs the same as over this many; the rest are only embedded.
    /// </summary>
    public int FitSampleSize { get; init; } = 50_000;

    /// <summary>
    /// Long English narratives: stemmed words without stop words plus word bigrams, terms in up to 95 % of documents, 150
    /// dimensions (the clustering pipeline of issue #4; alternatives measured in the README did not beat it).
    /// </summary>
    public static LsaFeaturizerOptions EnglishLong { get; } = new();

    /// <summary>
    /// Chinese: character 1–3-grams (no segmenter), terms in at most half the documents, 100 dimensions — the best of the
    /// settings measured on Chinese reviews (README).
    /// </summary>
    public static LsaFeaturizerOptions Chinese { get; } = new()
    {
        Tokenizer = new TextTokenizerOptions { CjkMaxNgram = 3 },
        TfIdf = new TfIdfOptions { MaxFeatures = 100_000, MaxDocumentFrequencyRatio = 0.5 },
        Dimensions = 100,
    };

    /// <summary>The settings for a space's fitted featurizer.</summary>
    public static LsaFeaturizerOptions For(TopicSpace space) => space switch
    {
        TopicSpace.EnglishLong => EnglishLong,
        TopicSpace.Chinese => Chinese,
        _ => throw new ArgumentOutOfRangeException(nameof(space), space, "Only the TF-IDF/LSA spaces are fitted."),
    };
}
