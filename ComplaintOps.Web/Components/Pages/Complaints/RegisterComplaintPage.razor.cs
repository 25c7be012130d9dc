using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Staff;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Utilities;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>Intake form. Validates with the same rules as the API and registers once per form, however often it is clicked.</summary>
public sealed partial class RegisterComplaintPage
{
    private static readonly Channel[] ContactChannels = [Channel.Phone, Channel.Email, Channel.Letter, Channel.WeChat, Channel.MobileApp, Channel.Branch];

    /// <summary>One key per form instance: a double click or a retry returns the first registration instead of a second complaint.</summary>
    private readonly string _idempotencyKey = "ui-" + Guid.NewGuid().ToString("N");
    private readonly RegistrationModel _model = new();
    private MudForm? _form;
    private IReadOnlyList<StaffMember> _staff = [];
    private IReadOnlyList<FieldError> _errors = [];
    private string? _message;
    private bool _busy;
    private bool _submitted;

    [Inject]
    private IComplaintCommands Commands { get; set; } = default!;

    [Inject]
    private IStaffQueries StaffQueries { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private LocalTime LocalTime { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _staff = await StaffQueries.ListAsync(CancellationToken.None);
        _model.Language = Labels.IsChinese ? "zh" : "en";
        var now = LocalTime.ToLocal(Clock.GetUtcNow());
        _model.ReceivedAtText = now.ToString(RegistrationModel.ReceivedAtFormat, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Letters and transfers arrive before they are keyed in: the form asks for the real receipt time.</summary>
    private bool AsksForReceipt => _model.Channel is Channel.Letter or Channel.Regulator;

    private NewComplaint Complaint() => _model.ToNewComplaint(LocalTime.ToUtc);

    private void AddComplainant() => _model.JointComplainants.Add(new PartyRow());

    private void RemoveComplainant(PartyRow row)
    {
        _model.JointComplainants.Remove(row);
        _errors = [];   // row indexes moved: the next change or submit validates again
    }

    private bool HasError(string field) => _errors.Any(e => e.Field == field);

    private string? ErrorOf(string field) =>
        HasError(field) ? string.Join(" ", _errors.Where(e => e.Field == field).Select(e => IntakeErrorText.Localize(L, e)).Distinct()) : null;

    /// <summary>The same field check as the API and the registration itself (in the calendar of the complaint's profile).</summary>
    private async Task<IReadOnlyList<FieldError>> ValidateAsync(NewComplaint complaint)
    {
        var errors = await Commands.ValidateAsync(complaint, CancellationToken.None);
        return _model.ReceivedAtUnreadable
            ? [new FieldError("receivedAt", UnreadableDateTime, "The receipt time is not a date and time."), .. errors.Where(e => e.Field != "receivedAt")]
            : errors;
    }

    /// <summary>The page's own code (resource "Validation.DateTime") for an input it cannot read; the validator never sees it.</summary>
    private const string UnreadableDateTime = "DateTime";

    private string LanguageName(string? code) => code == "en" ? L["Register.LanguageEn"] : L["Register.LanguageZh"];

    private string StaffName(string? id) => _staff.FirstOrDefault(s => s.Id == id) is { } member ? Labels.StaffName(member) : id ?? "";

    /// <summary>After the first submit, errors follow the inputs as they are corrected.</summary>
    private async Task OnFieldChanged(FormFieldChangedEventArgs args)
    {
        if (_submitted)
        {
            _errors = await ValidateAsync(Complaint());
            if (_errors.Count == 0)
            {
                _message = null;
            }
        }
    }

    private async Task SubmitAsync()
    {
        if (_busy)
        {
            return;
        }

        _message = null;
        _submitted = true;
        var complaint = Complaint();
        _errors = await ValidateAsync(complaint);
        if (_errors.Count > 0)
        {
            _message = L["Register.Invalid"];
            return;
        }

        _busy = true;
        try
        {
            var actor = await CurrentActor.GetAsync();
            var result = await Commands.RegisterAsync(complaint, actor, _idempotencyKey, CancellationToken.None);
            Snackbar.Add(L["Register.Registered", result.Reference], MudBlazor.Severity.Success);
            Navigation.NavigateTo($"/complaints/{result.Id}");
        }
        catch (ValidationException ex)
        {
            _errors = ex.Failures.Count > 0 ? ex.Failures : [.. ex.Errors.SelectMany(e => e.Value.Select(m => new FieldError(e.Key, "", m)))];
            _message = L["Register.Invalid"];
        }
        catch (DomainException ex)
        {
            _message = L.Of(ex);
        }
        finally
        {
            _busy = false;
        }
    }
}
