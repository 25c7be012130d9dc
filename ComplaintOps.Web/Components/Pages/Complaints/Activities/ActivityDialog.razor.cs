using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Features.Complaints;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Complaints.Activities;

/// <summary>
/// Hosts the form of one trigger (<see cref="ActivityForms.For"/>) and returns the activity it built as the dialog
/// result. The page fires it; the domain decides whether it is allowed.
/// </summary>
public sealed partial class ActivityDialog
{
    private MudForm? _form;
    private DynamicComponent? _host;
    private Type _formType = default!;
    private Dictionary<string, object?> _parameters = [];
    private string? _refusal;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public ComplaintTrigger Trigger { get; set; }

    [Parameter, EditorRequired]
    public ComplaintDetail Complaint { get; set; } = default!;

    /// <summary>
    /// Fires the activity; returns the refusal to show, or null when it was applied. The dialog stays open on a refusal,
    /// with everything the user typed, so they can correct it instead of starting again.
    /// </summary>
    [Parameter]
    public Func<ComplaintActivity, Task<string?>>? Submit { get; set; }

    protected override void OnParametersSet()
    {
        _formType = ActivityForms.For(Trigger) ?? throw new NotSupportedException($"No form is registered for {Trigger}.");
        _parameters = new Dictionary<string, object?> { [nameof(ActivityForm.Complaint)] = Complaint };
    }

    private void Cancel() => MudDialog.Cancel();

    private async Task SubmitAsync()
    {
        _refusal = null;
        if (_form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid)
            {
                return;
            }
        }

        _busy = true;
        try
        {
            if (_host?.Instance is not ActivityForm form || await form.BuildAsync() is not { } activity)
            {
                return;
            }

            _refusal = Submit is null ? null : await Submit(activity);
            if (_refusal is null)
            {
                MudDialog.Close(DialogResult.Ok(activity));
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
