using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.RegulatorReports;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Cases;

/// <summary>
/// Compliance's work list of major complaints owing a report to the regulator (art. 29): each with its MajorReport clock
/// and a prefilled report that compliance edits and records as sent (the complaint's ReportToRegulator activity, which
/// meets the clock); below, open complaints meeting the rule without being designated, with a Designate action.
/// </summary>
public sealed partial class RegulatorReportsPage
{
    private RegulatorReportList? _list;
    private Guid? _editing;
    private string _report = "";
    private string _proof = "";
    private bool _busy;
    private string? _error;

    [Inject]
    private IRegulatorReportQueries Queries { get; set; } = default!;

    [Inject]
    private IComplaintCommands Commands { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync() => _list = await Queries.ListAsync(await CurrentActor.GetAsync(), CancellationToken.None);

    private void Edit(RegulatorReportTask task)
    {
        _editing = task.ComplaintId;
        _report = RegulatorReportText.Compose(L, Time, task);
        _proof = "";
    }

    private Task SendAsync(RegulatorReportTask task) => ApplyAsync(task.ComplaintId, task.Version,
        new ReportToRegulator(RegulatorReportKind.MajorComplaint, _report, _proof), task.Reference);

    private Task DesignateAsync(MajorCandidate candidate) => ApplyAsync(candidate.ComplaintId, candidate.Version,
        new DesignateMajor(candidate.MeetsBy, L["Report.DesignateNote", L.Enum("MajorReason", candidate.MeetsBy)]), candidate.Reference);

    private async Task ApplyAsync(Guid id, int version, ComplaintActivity activity, string reference)
    {
        _busy = true;
        _error = null;
        try
        {
            await Commands.ApplyAsync(id, version, activity, await CurrentActor.GetAsync(), CancellationToken.None);
            Snackbar.Add(L["Detail.Applied", L.Enum("Trigger", activity.Trigger)] + " · " + reference, Severity.Success);
            _editing = null;
            await LoadAsync();
        }
        catch (ConcurrencyConflictException)
        {
            _error = L["Detail.Conflict"];
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
