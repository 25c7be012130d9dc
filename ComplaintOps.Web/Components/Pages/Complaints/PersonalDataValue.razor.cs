using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.PersonalData;
using ComplaintOps.Web.Identity;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>
/// One personal data field, masked. For a viewer who may see personal data, a "show" button reveals this one field
/// through <see cref="IPersonalDataAccess"/> (which logs it); "hide" masks it again. The clear value lives only in this
/// component, never in the page's DTO.
/// </summary>
public sealed partial class PersonalDataValue
{
    private string? _clear;
    private string? _error;
    private bool _busy;
    private Guid _shownFor;

    [Parameter, EditorRequired]
    public Guid ComplaintId { get; set; }

    [Parameter, EditorRequired]
    public PersonalDataField Field { get; set; }

    /// <summary>The masked value; null when the complaint has none (nothing to show or reveal).</summary>
    [Parameter, EditorRequired]
    public string? Masked { get; set; }

    /// <summary>Whether the viewer holds <see cref="Permission.ViewPersonalData"/> (the command checks again).</summary>
    [Parameter]
    public bool CanReveal { get; set; }

    [Inject]
    private IPersonalDataAccess PersonalData { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (_shownFor != ComplaintId)
        {
            Hide();
        }
    }

    private async Task RevealAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            _clear = await PersonalData.RevealAsync(ComplaintId, Field, await CurrentActor.GetAsync(), CancellationToken.None);
            _shownFor = ComplaintId;
        }
        catch (DomainException ex)
        {
            _error = L["PersonalData.RevealFailed", ex.Message];
        }
        finally
        {
            _busy = false;
        }
    }

    private void Hide()
    {
        _clear = null;
        _error = null;
        _shownFor = ComplaintId;
    }
}
