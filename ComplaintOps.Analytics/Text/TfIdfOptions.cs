namespace ComplaintOps.Analytics.Text;

/// <summary>Vocabulary pruning for <see cref="TfIdfVectorizer"/>.</summary>
public sealed record TfIdfOptions
{
    /// <summary>A term must occur in at least this many documents (drops typos, names and leftovers of masking).</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    /// <summary>Terms in more than this share of documents carry no topic and are dropped.</summary>
    public double MaxDocumentFrequencyRatio { get; init; } = 0.5;

    /// <summary>Keep at most this many terms (the most frequent by document frequency).</summary>
    public int MaxFeatures { get; init; } = 200_000;
}
