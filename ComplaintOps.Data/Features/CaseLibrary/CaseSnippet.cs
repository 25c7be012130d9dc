using System.Globalization;

namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>A short window of a text around the first query term found in it, for result lists.</summary>
public static class CaseSnippet
{
    public const int Length = 140;

    public static string Around(string text, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var at = terms.Select(t => CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, t, CompareOptions.IgnoreCase))
            .Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - (Length / 4));
        var end = Math.Min(text.Length, start + Length);
        start = Math.Max(0, end - Length);
        return (start > 0 ? "…" : "") + text[start..end].ReplaceLineEndings(" ") + (end < text.Length ? "…" : "");
    }
}
