namespace ComplaintOps.Analytics.Classification;

/// <summary>A suggested label (category or severity) with its probability, plus the runners-up, best first.</summary>
public sealed record Suggestion(string Label, double Confidence, IReadOnlyList<ScoredLabel> Alternatives);
