using ComplaintOps.Web.Localization;
using ComplaintOps.Analytics.CaseLibrary;
using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Identity;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>
/// Promotes a closed complaint to the case library. Prefilled with the anonymised description, root cause and measures;
/// the handler edits and adds the lessons. Rule failures (e.g. the customer's name left in) show on the field and keep
/// the dialog open; on success the new case is the dialog result.
/// </summary>
public sealed partial class PromoteCaseDialog
{
    private readonly PromoteModel _model = new();
    private MudForm? _form;
    private IReadOnlyDictionary<string, string[]> _fieldErrors = new Dictionary<string, string[]>();
    private string? _error;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public ComplaintDetail Complaint { get; set; } = default!;

    [Inject]
    private ICaseLibrary Library { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var draft = await Library.DraftAsync(Complaint, CancellationToken.None);
        _model.Title = draft.Title;
        _model.Summary = draft.Summary;
        _model.RootCause = draft.RootCause;
        _model.Resolution = draft.Resolution;
        _model.Lessons = draft.Lessons;
    }

    private bool HasError(string field) => _fieldErrors.ContainsKey(field);

    private string? ErrorOf(string field) => _fieldErrors.TryGetValue(field, out var errors) ? string.Join(" ", errors) : null;

    private void Cancel() => MudDialog.Cancel();

    private async Task SubmitAsync()
    {
        if (_form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid)
            {
                return;
            }
        }

        _busy = true;
        _error = null;
        _fieldErrors = new Dictionary<string, string[]>();
        try
        {
            var actor = await CurrentActor.GetAsync();
            var promoted = await Library.PromoteAsync(new CasePromotion
            {
                ComplaintId = Complaint.Id,
                Title = _model.Title ?? "",
                Summary = _model.Summary ?? "",
                RootCause = _model.RootCause ?? "",
                Resolution = _model.Resolution ?? "",
                Lessons = _model.Lessons ?? "",
            }, actor, CancellationToken.None);
            MudDialog.Close(DialogResult.Ok(promoted));
        }
        catch (ValidationException ex)
        {
            _fieldErrors = ex.Errors;
            _error = L["Error.validation_failed"];
        }
        catch (DomainException ex)
        {
            _error = L.Of(ex);
        }
        finally
        {
            _busy = false;
        }
    }

    private sealed class PromoteModel
    {
        public string? Title { get; set; }

        public string? Summary { get; set; }

        public string? RootCause { get; set; }

        public string? Resolution { get; set; }

        public string? Lessons { get; set; }
    }
}
