using System.Globalization;
using System.Text;
using ComplaintOps.Data.Text;

namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>
/// The features the hashed embedder has always hashed (the case library's former search terms, minus single characters):
/// CJK character pairs and lower-cased words with plural endings folded. Kept here, unchanged, so stored vectors stay
/// valid ("hashed-v1"); search now has its own words (<see cref="WordSegmenter"/>). Goes when similar cases move to the
/// topic model's representation.
/// </summary>
public sealed partial class HashedTextEmbedder
{
    private const int MaxTermLength = 32;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his",
        "i", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "she", "so", "than",
        "that", "the", "their", "them", "then", "there", "they", "this", "to", "was", "we", "were", "which", "who", "with", "you", "your",
    };

    internal static Dictionary<string, int> Terms(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string term) => counts[term] = counts.TryGetValue(term, out var n) ? n + 1 : 1;
        var cjk = new StringBuilder();
        var latin = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC) + " ")
        {
            if (TextTokenizer.IsCjk(c))
            {
                AddWord(latin, Add);
                cjk.Append(c);
                continue;
            }

            for (var i = 0; i + 1 < cjk.Length; i++)
            {
                Add(cjk.ToString(i, 2));
            }

            cjk.Clear();
            if (char.IsLetterOrDigit(c))
            {
                latin.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else
            {
                AddWord(latin, Add);
            }
        }

        return counts;
    }

    private static void AddWord(StringBuilder latin, Action<string> add)
    {
        var w = latin.ToString();
        latin.Clear();
        if (w.Length >= 2 && !StopWords.Contains(w))
        {
            w = Fold(w);
            add(w.Length > MaxTermLength ? w[..MaxTermLength] : w);
        }
    }

    /// <summary>Plural folding only: "fees" → "fee", "charges" → "charge", "policies" → "policy", "classes" → "class".</summary>
    private static string Fold(string word)
    {
        if (word.Length <= 3 || !word.EndsWith('s') || char.IsDigit(word[0]))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
               || word.EndsWith("is", StringComparison.Ordinal)
            ? word
            : word[..^1];
    }
}
