using System.Text.RegularExpressions;

namespace ComplaintOps.Analytics.Topics;

/// <summary>TEMPORARY until the jieba segmenter lands: English words and whole CJK runs.</summary>
public sealed partial class RunWords : ILabelWords
{
    public IReadOnlyList<string> Split(string text) => [.. Runs().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+|[A-Za-z']+")]
    private static partial Regex Runs();
}
