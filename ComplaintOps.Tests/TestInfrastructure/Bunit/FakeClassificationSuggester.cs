using ComplaintOps.Analytics.Suggestions;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>Answers with <see cref="Next"/> (none by default: no model trained) and records the texts it was asked about.</summary>
public sealed class FakeClassificationSuggester : IClassificationSuggester
{
    public ClassificationSuggestion? Next { get; set; }

    public List<string> Asked { get; } = [];

    public ClassificationSuggestion? Suggest(string subject, string description)
    {
        Asked.Add(subject + "\n" + description);
        return Next;
    }
}
