using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Analytics.Suggestions;

/// <summary>
/// What the supervised models propose for a new complaint: a category and a severity, each with the model's probability.
/// A proposal only: the agent confirms or changes it when classifying.
/// </summary>
public sealed record ClassificationSuggestion(string Category, double CategoryConfidence, Severity Severity, double SeverityConfidence, string ModelVersion);
