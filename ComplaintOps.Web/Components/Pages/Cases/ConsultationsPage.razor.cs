using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Consultations;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Cases;

/// <summary>
/// The consultation work list: what waits for the viewer's department's opinion (recorded here, since an invited
/// department may not see the complaint itself), and the open consultations the viewer opened.
/// </summary>
public sealed partial class ConsultationsPage
{
    private ConsultationWorkList? _list;
    private readonly Dictionary<Guid, string> _drafts = [];
    private string? _department;
    private bool _busy;
    private string? _error;

    [Inject]
    private IConsultationQueries Queries { get; set; } = default!;

    [Inject]
    private IConsultationCommands Commands { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var viewer = await CurrentActor.GetAsync();
        _department = viewer.Department;
        _list = await Queries.WorkListAsync(viewer, CancellationToken.None);
    }

    private async Task RecordAsync(ConsultationRow row)
    {
        _busy = true;
        _error = null;
        try
        {
            var actor = await CurrentActor.GetAsync();
            await Commands.RecordOpinionAsync(row.Id, row.Version, _drafts.GetValueOrDefault(row.Id, ""), actor, CancellationToken.None);
            _drafts.Remove(row.Id);
            Snackbar.Add(L["Consult.Recorded", row.ComplaintReference], Severity.Success);
            await LoadAsync();
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
}
