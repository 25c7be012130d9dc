using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Supervision;

/// <summary>The sampled cases of one spot check with the checklist of the case being checked, the pass rate and the history.</summary>
public sealed partial class SpotCheckCases
{
    private static readonly CheckAnswer[] Choices = [CheckAnswer.Yes, CheckAnswer.No, CheckAnswer.NotApplicable];

    private Dictionary<SpotCheckItem, CheckAnswer> _answers = [];
    private SpotCheckCaseView? _editing;
    private string? _finding;
    private string? _reworkNote;

    [Parameter, EditorRequired]
    public SpotCheckDetail Detail { get; set; } = default!;

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<SpotCheckCaseAnswers> Record { get; set; }

    [Parameter]
    public EventCallback<(Guid CaseId, string Note)> RequestRework { get; set; }

    [Parameter]
    public EventCallback Complete { get; set; }

    [Inject]
    private LocalTime Time { get; set; } = default!;

    protected override void OnParametersSet()
    {
        // After a save the detail comes back new: keep the open case in step with what was stored.
        if (_editing is { } open)
        {
            _editing = Detail.Cases.FirstOrDefault(c => c.Id == open.Id);
        }
    }

    private void Edit(SpotCheckCaseView c)
    {
        _editing = c;
        _answers = c.Answers.Where(a => a.Value != CheckAnswer.Unanswered).ToDictionary(a => a.Key, a => a.Value);
        _finding = c.Finding;
        _reworkNote = null;
    }

    private static Color ColorOf(CheckAnswer answer) => answer switch
    {
        CheckAnswer.Yes => Color.Success,
        CheckAnswer.No => Color.Error,
        _ => Color.Default,
    };

    private Task SaveAsync() => _editing is { } c ? Record.InvokeAsync(new SpotCheckCaseAnswers(c.Id, _answers, _finding)) : Task.CompletedTask;

    private Task ReworkAsync() => _editing is { } c ? RequestRework.InvokeAsync((c.Id, _reworkNote ?? "")) : Task.CompletedTask;
}
