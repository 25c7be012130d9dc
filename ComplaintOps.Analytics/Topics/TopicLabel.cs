namespace ComplaintOps.Analytics.Topics;

/// <summary>A topic's label in words, e.g. "手机银行 / 登录 · mobile / login", and its distinctive words per language, best first.</summary>
public sealed record TopicLabel(string Text, IReadOnlyList<string> ChineseWords, IReadOnlyList<string> EnglishWords);
