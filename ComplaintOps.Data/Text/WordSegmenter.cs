using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using JiebaNet.Segmenter;

namespace ComplaintOps.Data.Text;

/// <summary>
/// The tokenizer's word mode (<see cref="TextTokenizer"/> is its character n-gram mode, for models): whole words, Chinese
/// cut by jieba.NET 0.42.2 with the banking user dictionary <c>BankingWords.txt</c> and HMM on (so unknown words such as
/// 扣收 stay whole), for search and for readable labels. Personal data is masked first, as in the n-gram mode.
/// jieba's dictionary and user words are process-global, so this is the one place that loads them (once, on first use)
/// and the one segmenter every caller shares: after loading, cutting only reads the dictionary, which is safe from many
/// threads. Nothing else may call jieba's AddWord or LoadUserDict.
/// </summary>
public static partial class WordSegmenter
{
    /// <summary>A query keeps at most this many distinct words.</summary>
    public const int MaxQueryWords = 12;

    // Bump when the rules below change what a text is indexed as (the dictionary's own changes are hashed in).
    private const int Rules = 1;
    private const string JiebaVersion = "0.42.2";
    private const string DictionaryResource = "ComplaintOps.Data.Text.BankingWords.txt";

    // First: Version is made from it.
    private static readonly (string[] Words, string Hash) Shipped = ReadBankingWords();
    private static readonly Lazy<JiebaSegmenter> Jieba = new(Load);
    private static readonly Lazy<IReadOnlySet<string>> LabelStopWords = new(ReadLabelStopWords);

    /// <summary>The banking words added to jieba's dictionary, as shipped in <c>BankingWords.txt</c>.</summary>
    public static IReadOnlyList<string> BankingWords => Shipped.Words;

    /// <summary>
    /// Names what <see cref="IndexWords"/> makes of a text: jieba's version, a hash of the banking dictionary and the rules
    /// here. Stored with each indexed case, so an index made by another version is rebuilt. Does not load jieba.
    /// </summary>
    public static string Version { get; } = $"jieba{JiebaVersion}-r{Rules}-{Shipped.Hash}";

    /// <summary>
    /// Words to index a text by, with repeats (counts are term frequencies): jieba's search mode, i.e. every word plus the
    /// dictionary words inside long ones (信用卡年费 → 信用, 信用卡, 年费, 信用卡年费), without punctuation, numbers and stop
    /// words; English lower-cased and Porter-stemmed ("refunds" → "refund") so forms of a word meet.
    /// </summary>
    public static IReadOnlyList<string> IndexWords(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. Jieba.Value.CutForSearch(Prepare(text), hmm: true).Select(SearchForm).OfType<string>()];

    /// <summary>
    /// The distinct words of a query, in order, at most <see cref="MaxQueryWords"/>: what <see cref="IndexWords"/> makes
    /// of it (its words and the dictionary words inside long ones, so 信用卡年费 also finds 信用卡的年费, whose index has
    /// 信用卡 and 年费 but not the compound), and a word glued to a leading function character without it (jieba's
    /// dictionary has 被扣, so 年费被扣 gives 年费, 被扣 and 扣): in a text the same verb is often cut alone.
    /// </summary>
    public static IReadOnlyList<string> QueryWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = Jieba.Value.CutForSearch(Prepare(text), hmm: true)
            .SelectMany(w => w.Length >= 2 && StopWords.ChineseUnigrams.Contains(w[..1]) && w.All(TextTokenizer.IsCjk) ? [w, w[1..]] : new[] { w });
        return [.. words.Select(SearchForm).OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxQueryWords)];
    }

    /// <summary>
    /// Readable words for labels, with repeats: whole words (jieba's Cut, no sub-words), no punctuation, numbers, single
    /// characters or stop words (ours plus jieba's list); English lower-cased but not stemmed ("charges", not "charg").
    /// </summary>
    public static IReadOnlyList<string> LabelWords(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. Jieba.Value.Cut(Prepare(text), hmm: true).Select(LabelForm).OfType<string>()];

    /// <summary>Masks personal data (the placeholders become spaces: they are no words) and folds full-width forms.</summary>
    private static string Prepare(string text) =>
        Placeholder().Replace(PiiMasker.Mask(text).Normalize(NormalizationForm.FormKC), " ");

    private static string? SearchForm(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        if (!w.Any(char.IsLetter))
        {
            return null;   // punctuation, spaces, numbers
        }

        if (w.Any(TextTokenizer.IsCjk))
        {
            return w.Length == 1 && StopWords.ChineseUnigrams.Contains(w) ? null : w;
        }

        return w.Length < 2 || StopWords.English.Contains(w) ? null : PorterStemmer.Stem(w);
    }

    private static string? LabelForm(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        return w.Length < 2 || !w.Any(char.IsLetter) || StopWords.English.Contains(w) || LabelStopWords.Value.Contains(w) ? null : w;
    }

    private static JiebaSegmenter Load()
    {
        var resources = ConfigManager.ConfigFileBaseDir;
        if (!File.Exists(Path.Combine(resources, "dict.txt")))
        {
            throw new InvalidOperationException(
                $"jieba.NET's dictionaries are missing from {resources}: ComplaintOps.Data copies the package's Resources folder to the output.");
        }

        var jieba = new JiebaSegmenter();
        foreach (var word in BankingWords)
        {
            jieba.AddWord(word);   // no frequency: jieba suggests the least that keeps the word whole
        }

        _ = JiebaNet.Segmenter.FinalSeg.Viterbi.Instance;   // the HMM tables too: all loading happens here, once (~0.6 s)
        return jieba;
    }

    private static (string[] Words, string Hash) ReadBankingWords()
    {
        using var stream = typeof(WordSegmenter).Assembly.GetManifestResourceStream(DictionaryResource)
                           ?? throw new InvalidOperationException($"Embedded resource {DictionaryResource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string[] words = [.. reader.ReadToEnd().Split('\n').Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0)];

        // Of the words only: comments and line endings (a Windows checkout) do not force a re-index.
        return (words, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', words))))[..8]);
    }

    private static HashSet<string> ReadLabelStopWords()
    {
        var file = Path.Combine(ConfigManager.ConfigFileBaseDir, "stopwords.txt");
        return new HashSet<string>(File.ReadLines(file, Encoding.UTF8).Select(l => l.Trim().TrimStart('\uFEFF')).Where(l => l.Length > 0), StringComparer.Ordinal);
    }

    [GeneratedRegex("‹[^›]*›")]
    private static partial Regex Placeholder();
}
