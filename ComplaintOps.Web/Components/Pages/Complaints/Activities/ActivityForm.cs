using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Components.Pages.Complaints.Activities;

/// <summary>
/// The inputs of one trigger, building that trigger's activity record. The hosting <see cref="ActivityDialog"/> checks
/// the required-field hints (its MudForm) and then asks the form for the activity; the domain stays the judge of validity.
/// </summary>
public abstract class ActivityForm : ComponentBase
{
    [Parameter, EditorRequired]
    public ComplaintDetail Complaint { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<SharedResource> L { get; set; } = default!;

    /// <summary>The activity from what was typed, or null when the form shows a hint of its own and the dialog stays open.</summary>
    public abstract Task<ComplaintActivity?> BuildAsync();

    protected static string Text(string? value) => value?.Trim() ?? "";

    protected static string? OptionalText(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
