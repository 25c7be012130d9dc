using ComplaintOps.Analytics.Suggestions;
using ComplaintOps.Data.Domain.Complaints.Activities;
using Microsoft.AspNetCore.Components;
using Severity = ComplaintOps.Data.Domain.Reference.Severity;

namespace ComplaintOps.Web.Components.Pages.Complaints.Activities;

/// <summary>Category, severity and optionally the partner concerned; an unclassified complaint starts from what the models read in its text.</summary>
public sealed partial class ClassifyForm
{
    private string? _category;
    private Severity? _severity;
    private ClassificationSuggestion? _suggestion;
    private string? _partner;

    [Inject]
    private IClassificationSuggester Suggester { get; set; } = default!;

    protected override void OnInitialized()
    {
        _category = Complaint.Category;
        _severity = Complaint.Severity;
        if (Complaint.Category is null)
        {
            // The agent confirms or changes the suggestion; nothing is classified without them.
            _suggestion = Suggester.Suggest(Complaint.Subject, Complaint.Description);
            _category = _suggestion?.Category;
            _severity = _suggestion?.Severity;
        }
    }

    public override Task<ComplaintActivity?> BuildAsync() =>
        Task.FromResult<ComplaintActivity?>(new Classify(_category ?? "", _severity ?? Severity.Low, _partner));
}
