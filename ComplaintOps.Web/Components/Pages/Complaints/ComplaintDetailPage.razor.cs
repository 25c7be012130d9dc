using ComplaintOps.Analytics.CaseLibrary;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Components.Pages.Complaints.Activities;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>
/// One complaint: facts, clocks, history and one button per permitted trigger. Buttons open the
/// <see cref="ActivityDialog"/> with the trigger's form; the page fires the resulting action on the version it showed. A closed complaint can
/// be promoted to the case library (<see cref="PromoteCaseDialog"/>); every complaint shows its most similar library cases.
/// </summary>
public sealed partial class ComplaintDetailPage
{
    private const int SimilarCount = 5;

    private ComplaintDetail? _detail;
    private bool _loaded;
    private bool _busy;
    private string? _error;
    private Guid? _caseId;
    private IReadOnlyList<SimilarCase>? _similar;
    private bool _sameCategory;
    private bool _canRevealPersonalData;
    private bool _interactive;   // false while prerendered: the buttons do nothing until the circuit runs

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private IComplaintQueries Queries { get; set; } = default!;

    [Inject]
    private IComplaintCommands Commands { get; set; } = default!;

    [Inject]
    private ICaseLibraryQueries CaseQueries { get; set; } = default!;

    [Inject]
    private ICaseLibrary Library { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _error = null;
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;   // after-render runs only in a live circuit, never while prerendering
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        var viewer = await CurrentActor.GetAsync();
        _canRevealPersonalData = viewer.Has(Permission.ViewPersonalData);
        _detail = await Queries.GetAsync(Id, viewer, CancellationToken.None);
        _loaded = true;
        if (_detail is not null)
        {
            _caseId = await CaseQueries.FindByComplaintAsync(_detail.Id, CancellationToken.None);
            await LoadSimilarAsync();
        }
    }

    private async Task LoadSimilarAsync()
    {
        if (_detail is { } detail)
        {
            var category = _sameCategory ? detail.Category : null;
            _similar = await Library.SimilarToComplaintAsync(detail, SimilarCount, category, null, CancellationToken.None);
        }
    }

    private async Task OnSameCategoryChanged(bool sameCategory)
    {
        _sameCategory = sameCategory;
        _similar = null;
        await LoadSimilarAsync();
    }

    private async Task PromoteAsync()
    {
        if (_detail is not { } shown)
        {
            return;
        }

        var parameters = new DialogParameters<PromoteCaseDialog>();
        parameters.Add(d => d.Complaint, shown);
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await Dialogs.ShowAsync<PromoteCaseDialog>(L["Promote.Title"], parameters, options);
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: LibraryCaseDetail promoted })
        {
            _caseId = promoted.Id;
            Snackbar.Add(L["Promote.Done", promoted.Title], MudBlazor.Severity.Success);
        }
    }

    private async Task RunAsync(ComplaintTrigger trigger)
    {
        if (_detail is not { } shown)
        {
            return;
        }

        if (await ActivityLauncher.RunAsync(Dialogs, L, trigger, shown, action => FireAsync(shown, action)) is { } done)
        {
            Snackbar.Add(L["Detail.Applied", L.Enum("Trigger", done.Trigger)], MudBlazor.Severity.Success);
        }

        await LoadAsync();
    }

    /// <summary>Fires the action the dialog built; the refusal in the user's language, or null when applied.</summary>
    private async Task<string?> FireAsync(ComplaintDetail shown, ComplaintActivity action)
    {
        _busy = true;
        _error = null;
        try
        {
            return await ActivityLauncher.ApplyAsync(Commands, L, shown, action, await CurrentActor.GetAsync());
        }
        finally
        {
            _busy = false;
        }
    }
}
