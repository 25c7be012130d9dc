using System.Globalization;
using System.Text;
using ComplaintOps.Data.Domain.CaseLibrary;

namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>
/// Splits bilingual text into the terms of the case-library inverted index. Chinese has no spaces, so a run of CJK
/// characters gives its characters and its overlapping character pairs (a two-character word such as 理财 is one
/// stored term); other scripts give lower-cased words with plural endings folded ("refunds" → "refund").
/// Indexing and querying share this code, so a query term exists in the index exactly when the text had it.
/// </summary>
public static class CaseTextTokenizer
{
    private const int MaxQueryTerms = 12;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his",
        "i", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "she", "so", "than",
        "that", "the", "their", "them", "then", "there", "they", "this", "to", "was", "we", "were", "which", "who", "with", "you", "your",
    };

    /// <summary>Every index term of <paramref name="text"/> with its count: CJK unigrams and bigrams, folded words.</summary>
    public static Dictionary<string, int> IndexTerms(string? text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string term) => counts[term] = counts.TryGetValue(term, out var n) ? n + 1 : 1;
        Scan(text, run =>
        {
            for (var i = 0; i < run.Length; i++)
            {
                Add(run.Substring(i, 1));
                if (i + 1 < run.Length)
                {
                    Add(run.Substring(i, 2));
                }
            }
        }, Add);
        return counts;
    }

    /// <summary>
    /// The distinct terms a query must all match. A CJK run of two or more characters is queried by its bigrams only
    /// (they imply the unigrams); a single character by itself.
    /// </summary>
    public static IReadOnlyList<string> QueryTerms(string? text)
    {
        var terms = new List<string>();
        void Add(string term)
        {
            if (!terms.Contains(term, StringComparer.Ordinal) && terms.Count < MaxQueryTerms)
            {
                terms.Add(term);
            }
        }

        Scan(text, run =>
        {
            if (run.Length == 1)
            {
                Add(run);
            }

            for (var i = 0; i + 1 < run.Length; i++)
            {
                Add(run.Substring(i, 2));
            }
        }, Add);
        return terms;
    }

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static void Scan(string? text, Action<string> cjkRun, Action<string> word)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var cjk = new StringBuilder();
        var latin = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (IsCjk(c))
            {
                Flush(latin, word);
                cjk.Append(c);
            }
            else if (char.IsLetterOrDigit(c))
            {
                FlushRun(cjk, cjkRun);
                latin.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else
            {
                Flush(latin, word);
                FlushRun(cjk, cjkRun);
            }
        }

        Flush(latin, word);
        FlushRun(cjk, cjkRun);
    }

    private static void FlushRun(StringBuilder run, Action<string> cjkRun)
    {
        if (run.Length > 0)
        {
            cjkRun(run.ToString());
            run.Clear();
        }
    }

    private static void Flush(StringBuilder latin, Action<string> word)
    {
        if (latin.Length == 0)
        {
            return;
        }

        var w = latin.ToString();
        latin.Clear();
        if (w.Length < 2 || StopWords.Contains(w))
        {
            return;
        }

        w = Fold(w);
        word(w.Length > LibraryCaseLimits.Term ? w[..LibraryCaseLimits.Term] : w);
    }

    /// <summary>Plural folding only: "fees" → "fee", "charges" → "charge", "policies" → "policy", "classes" → "class".</summary>
    public static string Fold(string word)
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
