using ComplaintOps.Analytics.Models;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Analytics.Suggestions;

/// <summary>Suggests with the classifiers of the <see cref="CurrentModels"/>; nothing while none are trained.</summary>
public sealed class ClassificationSuggester(CurrentModels current) : IClassificationSuggester
{
    public ClassificationSuggestion? Suggest(string subject, string description)
    {
        if (current.Models is not { Categories: { } categories, Severities: { } severities } models)
        {
            return null;
        }

        var text = ComplaintTextForModels.Of(subject, description);
        var category = categories.Suggest(text);
        var severity = severities.Suggest(text);
        return Enum.TryParse<Severity>(severity.Label, out var level)
            ? new ClassificationSuggestion(category.Label, category.Confidence, level, severity.Confidence, models.Version)
            : null;
    }
}
