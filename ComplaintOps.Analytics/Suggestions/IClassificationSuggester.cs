namespace ComplaintOps.Analytics.Suggestions;

/// <summary>Suggests category and severity from a complaint's text with the current trained models.</summary>
public interface IClassificationSuggester
{
    /// <summary>The suggestion, or null while no model has been trained (too little labelled history).</summary>
    ClassificationSuggestion? Suggest(string subject, string description);
}
