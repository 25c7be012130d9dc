namespace ComplaintOps.Analytics.Classification;

/// <summary>One class and its probability.</summary>
public sealed record ScoredLabel(string Label, double Probability);
