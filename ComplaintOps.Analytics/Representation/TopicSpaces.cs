using ComplaintOps.Analytics.Text;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Text;

namespace ComplaintOps.Analytics.Representation;

/// <summary>
/// The routing rule from a text to its <see cref="TopicSpace"/>. Chinese wins whenever the text holds a real Chinese
/// sentence, because the English sentence model must never see Chinese; otherwise English texts split by word count.
/// </summary>
public static class TopicSpaces
{
    /// <summary>
    /// CJK characters (Han, kana, Hangul) from this many on make a text Chinese whatever else it holds: a clause such as
    /// 手机银行升级后无法登录 is 11, while the Chinese names an English complaint may quote (a branch, 陆家嘴支行) are shorter.
    /// </summary>
    public const int ChineseSentenceCharacters = 8;

    /// <summary>
    /// Below that, a text is Chinese when CJK characters are at least this share of its letters. One Chinese character
    /// carries about what one English word of ~5 letters does, so 0.2 means "about as much Chinese as English".
    /// </summary>
    public const double ChineseLetterShare = 0.2;

    /// <summary>
    /// The default routing keeps every English complaint in the sentence space (<see cref="TopicSpace.EnglishShort"/>; the
    /// model reads its first <see cref="SentenceEmbedder.MaxWords"/> words). Measured (Analytics README, "Short or long"): a
    /// length limit that cuts through one set's lengths splits its topics over two spaces and costs more than either
    /// representation gains, and the model over the first 100 words beats word TF-IDF/LSA even on whole CFPB narratives.
    /// <see cref="TopicSpace.EnglishLong"/> (word TF-IDF/LSA) is reached only with an explicit limit, for experiments.
    /// </summary>
    public const int ShortWordLimit = int.MaxValue;

    /// <summary>The space of <paramref name="text"/> with the default routing.</summary>
    public static TopicSpace Of(string text) => Of(text, ShortWordLimit);

    /// <summary>The space of <paramref name="text"/>, English texts of at most <paramref name="shortWordLimit"/> words being short.</summary>
    public static TopicSpace Of(string text, int shortWordLimit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (cjk, latinLetters, words) = Count(text);
        if (cjk >= ChineseSentenceCharacters || (cjk > 0 && cjk >= ChineseLetterShare * (cjk + latinLetters)))
        {
            return TopicSpace.Chinese;
        }

        return words <= shortWordLimit ? TopicSpace.EnglishShort : TopicSpace.EnglishLong;
    }

    /// <summary>Words in the sense of the short/long rule: runs of non-CJK letters or digits.</summary>
    public static int WordCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Count(text).Words;
    }

    private static (int Cjk, int LatinLetters, int Words) Count(string text)
    {
        int cjk = 0, letters = 0, words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (TextTokenizer.IsCjk(c))
            {
                cjk++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (char.IsLetter(c)) letters++;
                if (!inWord) words++;
                inWord = true;
            }
            else
            {
                inWord = c is '\'' or '’' && inWord;   // "don't" is one word
            }
        }

        return (cjk, letters, words);
    }
}
