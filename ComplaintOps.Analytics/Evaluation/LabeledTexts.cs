namespace ComplaintOps.Analytics.Evaluation;

/// <summary>Texts with their labels read from a CSV; <see cref="SkippedEmpty"/> counts rows dropped for an empty text.</summary>
public sealed record LabeledTexts(IReadOnlyList<string> Texts, IReadOnlyList<string> Labels, int SkippedEmpty);
