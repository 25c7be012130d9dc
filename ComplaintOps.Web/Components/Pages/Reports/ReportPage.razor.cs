using System.Globalization;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Reports;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Reports;

/// <summary>
/// One report: its figures by section, each drilling down to the complaints behind it; exports, print, and for compliance
/// the institution figures and the sign-off. A signed report shows what was signed and what a re-run gives differently.
/// </summary>
public sealed partial class ReportPage
{
    private ReportKind _kind;
    private ReportView? _report;
    private bool _notFound;
    private bool _canEnterFigures;
    private string? _error;

    [Parameter]
    public string KindSlug { get; set; } = "";

    [Parameter]
    public string PeriodKey { get; set; } = "";

    [Inject]
    private IReportService Reports { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private TopicNames TopicNames { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        if (!ReportLabels.TryParseKind(KindSlug, out _kind) || !ReportPeriod.TryParse(PeriodKey, out var period))
        {
            _notFound = true;
            return;
        }

        var viewer = await CurrentActor.GetAsync();
        _canEnterFigures = viewer.Has(Permission.SignOffReports);
        await TopicNames.LoadAsync(CancellationToken.None);
        _report = await Reports.GetAsync(_kind, period, viewer, CancellationToken.None);
    }

    private async Task SignOffAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Report.SignOff"], L["Report.SignOffConfirm", _report!.Period.Key],
            yesText: L["Report.SignOff"], cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        _error = null;
        try
        {
            await Reports.SignOffAsync(_report.Kind, _report.Period, await CurrentActor.GetAsync(), CancellationToken.None);
            Snackbar.Add(L["Report.SignedOff", _report.Period.Key], MudBlazor.Severity.Success);
        }
        catch (DomainException ex)
        {
            _error = L.Of(ex);
        }

        await LoadAsync();
    }

    private async Task PrintAsync() => await Js.InvokeVoidAsync("print");

    private string ExportUrl(string format) => $"/reports/{ReportLabels.Slug(_kind)}/{PeriodKey}/export.{format}";

    /// <summary>The normalised rates have their own card beside the medians.</summary>
    private static readonly IReadOnlyList<string> GridSections = [.. ReportSections.Order.Where(s => s != ReportSections.Normalised)];

    private string DrillBase => $"/reports/{ReportLabels.Slug(_kind)}/{PeriodKey}/drill";

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
