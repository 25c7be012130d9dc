namespace ComplaintOps.Data.Text;

/// <summary>What the tokenizer emits. Defaults suit clustering; the classifier also turns on character n-grams inside words.</summary>
public sealed record TextTokenizerOptions
{
    /// <summary>CJK character n-gram lengths from 1 up to this (2 = unigrams + bigrams).</summary>
    public int CjkMaxNgram { get; init; } = 2;

    /// <summary>Emit adjacent-word bigrams (after stop-word removal) for Latin-script text.</summary>
    public bool WordBigrams { get; init; } = true;

    /// <summary>Emit character n-grams (3..5) of each word, padded with word boundaries; helps with typos, costs features.</summary>
    public bool WordCharNgrams { get; init; }

    /// <summary>Drop English stop words (a supervised model can weigh them itself; for clustering they are noise).</summary>
    public bool RemoveStopWords { get; init; } = true;

    /// <summary>Mask monetary amounts as well as personal data.</summary>
    public bool MaskAmounts { get; init; }
}
