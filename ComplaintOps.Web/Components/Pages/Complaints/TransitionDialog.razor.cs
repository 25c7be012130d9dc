using ComplaintOps.Web.Identity;
using ComplaintOps.Analytics.Suggestions;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Staff;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>
/// Asks for exactly what one trigger needs and returns the <see cref="ComplaintActivity"/> as the dialog result.
/// The page fires it; the domain decides whether it is allowed.
/// </summary>
public sealed partial class TransitionDialog
{
    private static readonly Channel[] FeedbackChannels = [Channel.Phone, Channel.Email, Channel.Letter, Channel.WeChat, Channel.MobileApp, Channel.Branch];

    private readonly TransitionModel _model = new();
    private MudForm? _form;
    private TransitionField _fields;
    private IReadOnlyList<StaffMember> _staff = [];
    private string? _mergeError;
    private string? _satisfactionError;
    private bool _busy;
    private ClassificationSuggestion? _suggestion;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public ComplaintTrigger Trigger { get; set; }

    [Parameter, EditorRequired]
    public ComplaintDetail Complaint { get; set; } = default!;

    /// <summary>
    /// Fires the action; returns the refusal to show, or null when it was applied. The dialog stays open on a refusal,
    /// with everything the user typed, so they can correct it instead of starting again.
    /// </summary>
    [Parameter]
    public Func<ComplaintActivity, Task<string?>>? Submit { get; set; }

    private string? _refusal;

    [Inject]
    private IStaffQueries StaffQueries { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IComplaintQueries Queries { get; set; } = default!;

    [Inject]
    private IClassificationSuggester Suggester { get; set; } = default!;

    private IEnumerable<StaffMember> HandlersOfDepartment =>
        _staff.Where(s => s.Department == _model.Department && s.Role is StaffRole.Handler or StaffRole.DepartmentHead);

    protected override async Task OnInitializedAsync()
    {
        _fields = TransitionFields.For(Trigger);
        _model.Category = Complaint.Category;
        _model.Severity = Complaint.Severity;
        if (Needs(TransitionField.Classification) && Complaint.Category is null)
        {
            // Unclassified: propose what the models read from the text; the agent confirms or changes it.
            _suggestion = Suggester.Suggest(Complaint.Subject, Complaint.Description);
            _model.Category = _suggestion?.Category;
            _model.Severity = _suggestion?.Severity;
        }

        if (Needs(TransitionField.Routing))
        {
            _model.Department = Complaint.Department ?? Categories.Find(Complaint.Category)?.DefaultDepartment;
            _staff = await StaffQueries.ListAsync(CancellationToken.None);
        }
    }

    private bool Needs(TransitionField field) => _fields.HasFlag(field) && field != TransitionField.None;

    private void OnDepartmentChanged(string? department)
    {
        _model.Department = department;
        _model.Handler = null;
    }

    private void Cancel() => MudDialog.Cancel();

    private async Task SubmitAsync()
    {
        _mergeError = null;
        _satisfactionError = null;
        _refusal = null;
        if (_form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid)
            {
                return;
            }
        }

        if (Needs(TransitionField.Satisfaction) && !_model.CustomerUnreachable && _model.Satisfaction is < 1 or > 5)
        {
            _satisfactionError = L["Common.Required"];
            return;
        }

        Guid? related = null;
        if (Needs(TransitionField.MergeTarget))
        {
            related = await ResolveMergeTargetAsync();
            if (related is null)
            {
                return;
            }
        }

        var action = _model.ToAction(Trigger, related);
        if (Submit is not null)
        {
            _busy = true;
            try
            {
                _refusal = await Submit(action);
            }
            finally
            {
                _busy = false;
            }

            if (_refusal is not null)
            {
                return;
            }
        }

        MudDialog.Close(DialogResult.Ok(action));
    }

    private async Task<Guid?> ResolveMergeTargetAsync()
    {
        _busy = true;
        try
        {
            var target = await Queries.GetByReferenceAsync(_model.RelatedReference?.Trim() ?? "", await CurrentActor.GetAsync(), CancellationToken.None);
            if (target is null)
            {
                _mergeError = L["Detail.ReferenceNotFound"];
                return null;
            }

            if (target.Id == Complaint.Id)
            {
                _mergeError = L["Detail.DuplicateOfSelf"];
                return null;
            }

            return target.Id;
        }
        finally
        {
            _busy = false;
        }
    }
}
