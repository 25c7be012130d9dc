namespace ComplaintOps.Data.Text;

/// <summary>
/// Splits a text into plain and matched segments for display. Chinese has no spaces, so a CJK word is marked wherever it
/// occurs; at each position the longest word wins and marks never overlap (白金卡年费 with 白金卡, 年费 and 金卡 marks
/// 白金卡 and 年费). English is marked word by word: a text word matches when it, or its Porter stem, is a searched word,
/// so the stem "charg" marks "charged" and "fee" never marks inside "coffee". Pure and thread-safe.
/// </summary>
public static class TextHighlighter
{
    /// <summary>Segments of <paramref name="text"/> in order; their texts concatenate to it. No words: one plain segment.</summary>
    public static IReadOnlyList<TextSegment> Mark(string? text, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var distinct = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var latin = distinct.Where(w => w.All(IsLatin)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var other = distinct.Where(w => !latin.Contains(w)).OrderByDescending(w => w.Length).ToList();
        var segments = new List<TextSegment>();
        var plainStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            int end;
            bool matched;
            if (IsLatin(text[i]))
            {
                // i is at a word start: a word is matched or skipped whole.
                end = LatinRun(text, i);
                var word = text[i..end];
                matched = latin.Contains(word) || latin.Contains(PorterStemmer.Stem(word.ToLowerInvariant()));
            }
            else
            {
                end = i + Longest(text, i, other);
                matched = end > i;
            }

            if (matched)
            {
                Flush(text, plainStart, i, segments, isMatch: false);
                Flush(text, i, end, segments, isMatch: true);
                plainStart = end;
            }

            i = Math.Max(end, i + 1);
        }

        Flush(text, plainStart, text.Length, segments, isMatch: false);
        return segments;
    }

    // Letters and digits of scripts written with spaces; CJK characters are matched by substring instead.
    private static bool IsLatin(char c) => char.IsLetterOrDigit(c) && !TextTokenizer.IsCjk(c);

    private static int LatinRun(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsLatin(text[end]))
        {
            end++;
        }

        return end;
    }

    private static int Longest(string text, int at, List<string> longestFirst) =>
        longestFirst.FirstOrDefault(w => at + w.Length <= text.Length && string.Compare(text, at, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) == 0)?.Length ?? 0;

    private static void Flush(string text, int start, int end, List<TextSegment> segments, bool isMatch)
    {
        if (end > start)
        {
            segments.Add(new TextSegment(text[start..end], isMatch));
        }
    }
}
