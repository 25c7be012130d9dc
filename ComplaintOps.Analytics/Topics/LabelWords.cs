using ComplaintOps.Analytics.Text;
using ComplaintOps.Data.Text;

namespace ComplaintOps.Analytics.Topics;

/// <summary>Which words may stand in a label, and the language of words and texts.</summary>
internal static class LabelWords
{
    // Multi-character Chinese function words (single characters never make a label anyway).
    private static readonly HashSet<string> ChineseStopWords = new(StringComparer.Ordinal)
    {
        "我们", "你们", "他们", "她们", "它们", "这个", "那个", "这些", "那些", "一个", "一些", "没有", "什么", "怎么", "为什么",
        "因为", "所以", "但是", "而且", "可以", "已经", "还是", "就是", "不是", "这样", "那样", "非常", "如果", "然后", "自己",
        "现在", "时候", "今天", "还有", "或者", "以及", "这种", "一下", "一直", "不能", "不会", "知道", "觉得", "真的", "目前",
    };

    /// <summary>The label form of a word (English lower-cased, never stemmed), or null when it cannot be a label word.</summary>
    public static string? Normalize(string word)
    {
        word = word.Trim();
        if (word.Length == 0 || !word.All(c => char.IsLetter(c) || c is '-' or '\'')) return null;   // digits, punctuation, masks like ‹PHONE›
        if (IsChinese(word))
        {
            if (word.Length == 1 || !word.All(TextTokenizer.IsCjk) || ChineseStopWords.Contains(word)) return null;
            return word;
        }

        var lower = word.ToLowerInvariant();
        return lower.Length < 2 || StopWords.English.Contains(lower.Replace("'", "", StringComparison.Ordinal)) ? null : lower;
    }

    public static bool IsChinese(string word) => word.Any(TextTokenizer.IsCjk);

    /// <summary>A text counts as Chinese when its CJK characters are at least half as many as its Latin letters (one character carries about a short word).</summary>
    public static bool IsChineseText(string text)
    {
        int cjk = 0, latin = 0;
        foreach (var c in text)
        {
            if (TextTokenizer.IsCjk(c)) cjk++;
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') latin++;
        }

        return cjk > 0 && cjk * 2 >= latin;
    }
}
