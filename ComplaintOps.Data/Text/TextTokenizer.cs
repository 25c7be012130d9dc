using System.Globalization;
using System.Text;

namespace ComplaintOps.Data.Text;

/// <summary>
/// Turns complaint text into feature strings without a word segmenter: personal data is masked first, then CJK runs give
/// character n-grams ("退款", "款慢") and Latin-script runs give stemmed words minus stop words plus word bigrams
/// ("refund delay"). Features never cross punctuation. Stateless and thread-safe.
/// </summary>
public sealed class TextTokenizer(TextTokenizerOptions options)
{
    /// <summary>Tokenizer with the default (clustering) options.</summary>
    public TextTokenizer() : this(new TextTokenizerOptions())
    {
    }

    /// <summary>The options this tokenizer applies.</summary>
    public TextTokenizerOptions Options { get; } = options;

    /// <summary>Masks personal data and returns the features of <paramref name="text"/> (with repeats: counts are term frequencies).</summary>
    public List<string> Tokenize(string text) => Tokenize(text, null);

    /// <summary>As <see cref="Tokenize(string)"/>; <paramref name="onWord"/> receives (stem, surface word) pairs so labels can be shown readable.</summary>
    public List<string> Tokenize(string text, Action<string, string>? onWord)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = PiiMasker.Mask(text, Options.MaskAmounts).Normalize(NormalizationForm.FormKC);
        var features = new List<string>();
        var words = new List<string>();
        var cjk = new StringBuilder();
        var word = new StringBuilder();
        var i = 0;
        while (i < masked.Length)
        {
            var c = masked[i];
            if (c == PiiMasker.PlaceholderStart)
            {
                FlushWord(word, words, features, onWord);
                FlushCjk(cjk, features);
                FlushPhrase(words, features);
                var close = masked.IndexOf(PiiMasker.PlaceholderEnd, i);
                i = close < 0 ? masked.Length : close + 1;
                continue;
            }

            if (IsCjk(c))
            {
                FlushWord(word, words, features, onWord);
                FlushPhrase(words, features);
                cjk.Append(c);
            }
            else if (char.IsLetterOrDigit(c))
            {
                FlushCjk(cjk, features);
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' && word.Length > 0)
            {
                // "don't" → "dont": apostrophes stay inside the word.
            }
            else
            {
                FlushWord(word, words, features, onWord);
                FlushCjk(cjk, features);
                if (!char.IsWhiteSpace(c) && c is not ('-' or '/' or '&'))
                {
                    FlushPhrase(words, features);
                }
            }

            i++;
        }

        FlushWord(word, words, features, onWord);
        FlushCjk(cjk, features);
        FlushPhrase(words, features);
        return features;
    }

    /// <summary>True for Han ideographs, kana and Hangul: scripts written without spaces.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
            or >= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7AF';

    private void FlushWord(StringBuilder word, List<string> words, List<string> features, Action<string, string>? onWord)
    {
        if (word.Length == 0) return;
        var surface = word.ToString();
        word.Clear();
        if (surface.Length < 2 || (Options.RemoveStopWords && StopWords.English.Contains(surface)) || surface.All(char.IsDigit))
        {
            return;
        }

        var stem = PorterStemmer.Stem(surface);
        onWord?.Invoke(stem, surface);
        words.Add(stem);
        features.Add(stem);
        if (Options.WordCharNgrams)
        {
            AddCharNgrams("<" + surface + ">", features);
        }
    }

    private static void AddCharNgrams(string padded, List<string> features)
    {
        for (var n = 3; n <= 5; n++)
        {
            for (var s = 0; s + n <= padded.Length; s++)
            {
                features.Add(string.Concat("#", padded.AsSpan(s, n)));
            }
        }
    }

    private void FlushPhrase(List<string> words, List<string> features)
    {
        if (Options.WordBigrams)
        {
            for (var w = 1; w < words.Count; w++)
            {
                features.Add(words[w - 1] + " " + words[w]);
            }
        }

        words.Clear();
    }

    private void FlushCjk(StringBuilder cjk, List<string> features)
    {
        if (cjk.Length == 0) return;
        var run = cjk.ToString();
        cjk.Clear();
        var elements = StringInfo.GetTextElementEnumerator(run);
        var chars = new List<string>();
        while (elements.MoveNext()) chars.Add(elements.GetTextElement());
        for (var n = 1; n <= Options.CjkMaxNgram; n++)
        {
            for (var s = 0; s + n <= chars.Count; s++)
            {
                if (n == 1 && StopWords.ChineseUnigrams.Contains(chars[s])) continue;
                features.Add(n == 1 ? chars[s] : string.Concat(chars.GetRange(s, n)));
            }
        }
    }
}
