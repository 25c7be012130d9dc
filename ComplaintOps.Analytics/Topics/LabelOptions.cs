namespace ComplaintOps.Analytics.Topics;

/// <summary>How many words a topic label shows and when it shows both languages.</summary>
public sealed record LabelOptions
{
    /// <summary>Words of a one-language label.</summary>
    public int Words { get; init; } = 4;

    /// <summary>Words per language of a bilingual label.</summary>
    public int WordsPerLanguage { get; init; } = 3;

    /// <summary>A topic is bilingual when each language has at least this share of its texts.</summary>
    public double MinLanguageShare { get; init; } = 0.2;

    /// <summary>A label word occurs in at least this many of the topic's texts (fewer when the topic is smaller): one odd text does not name a topic.</summary>
    public int MinTexts { get; init; } = 2;
}
