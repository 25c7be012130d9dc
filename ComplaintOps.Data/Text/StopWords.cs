namespace ComplaintOps.Data.Text;

/// <summary>
/// English function words (negations kept: "not", "no", "never" change a complaint's meaning) and a few Chinese function
/// characters that are dropped as unigrams only (they still take part in CJK bigrams).
/// </summary>
public static class StopWords
{
    /// <summary>Lower-case English stop words, apostrophes removed ("don't" → "dont").</summary>
    public static readonly IReadOnlySet<string> English = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
        "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
        "more", "most", "my", "myself", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
        "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
        "your", "yours", "yourself", "yourselves", "im", "ive", "id", "ill", "youre", "youve", "hes", "shes", "its", "were",
        "theyre", "weve", "theyve", "thats", "theres", "also", "get", "got", "would", "please", "one", "us", "may", "might",
        "must", "shall", "yet", "via", "etc", "s", "t", "d", "ll", "m", "re", "ve",
    };

    /// <summary>Chinese function characters, dropped as single-character features.</summary>
    public static readonly IReadOnlySet<string> ChineseUnigrams = new HashSet<string>(StringComparer.Ordinal)
    {
        "的", "了", "是", "我", "你", "他", "她", "它", "们", "在", "和", "就", "也", "都", "而", "及", "与", "着", "或", "这",
        "那", "之", "把", "被", "让", "给", "对", "从", "向", "吗", "呢", "吧", "啊", "呀", "个", "有", "为", "以", "于", "等",
    };
}
