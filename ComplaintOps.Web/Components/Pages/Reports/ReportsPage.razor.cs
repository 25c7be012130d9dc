using System.Globalization;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Reports;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Reports;

/// <summary>The reports workspace: the reminder of the semi-annual report due next, and the recent half-years to open.</summary>
public sealed partial class ReportsPage
{
    private const int PeriodsShown = 4;

    private IReadOnlyList<ReportPeriod> _periods = [];
    private ReportDue? _due;
    private IReadOnlyList<string> _months = [];

    [Inject]
    private IReportService Reports { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var current = ReportPeriod.Containing(Time.Today);
        var periods = new List<ReportPeriod>();
        for (var p = current; periods.Count < PeriodsShown; p = p.Previous)
        {
            periods.Add(p);
        }

        _periods = periods;
        _months = [.. Enumerable.Range(0, PeriodsShown).Select(i => Time.Today.AddMonths(-i).ToString("yyyy-MM", CultureInfo.InvariantCulture))];
        _due = await Reports.DueAsync(Time.UtcNow, CancellationToken.None);
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
