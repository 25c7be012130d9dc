using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Web.Components.Shared;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ScottPlot;

namespace ComplaintOps.Web.Components.Pages.Analytics;

/// <summary>
/// Cost and effectiveness for management and the joint review meeting: KPIs by a dimension and period over a date range
/// (default: the last six months, by quarter), cost by group, and the root-cause actions with their measured effect.
/// </summary>
public sealed partial class AnalyticsPage
{
    private KpiDimension _dimension = KpiDimension.Department;
    private KpiPeriod _period = KpiPeriod.Quarter;
    private DateTime? _from;
    private DateTime? _to;
    private EffectivenessReport? _report;
    private string? _error;

    [Inject]
    private IEffectivenessReports Reports { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private TopicNames Topics { get; set; } = default!;

    [Inject]
    private IOptions<SlaOptions> Sla { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var zone = Sla.Value.Zone;
        var today = TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), zone).Date;
        _to = today;
        _from = new DateTime(today.Year, today.Month, 1).AddMonths(-5);
        await Topics.LoadAsync(CancellationToken.None);
        await LoadAsync();
    }

    private Task OnDimensionChanged(KpiDimension value)
    {
        _dimension = value;
        return LoadAsync();
    }

    private Task OnPeriodChanged(KpiPeriod value)
    {
        _period = value;
        return LoadAsync();
    }

    private Task OnFromChanged(DateTime? value)
    {
        _from = value;
        return LoadAsync();
    }

    private Task OnToChanged(DateTime? value)
    {
        _to = value;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (_from is not { } from || _to is not { } to)
        {
            _error = Localizer["Analytics.RangeRequired"];
            return;
        }

        try
        {
            _report = await Reports.GetAsync(new EffectivenessRequest(_dimension, _period, DateOnly.FromDateTime(from), DateOnly.FromDateTime(to)), CancellationToken.None);
            _error = null;
        }
        catch (ArgumentException)
        {
            _error = Localizer["Analytics.RangeInvalid", EffectivenessReports.MaxRangeDays];
        }
    }

    private Plot BuildCostChart() => Charts.CostBars(
        _report!.Totals.OrderByDescending(r => r.TotalCost)
            .Select(r => (KpiTable.GroupLabel(Localizer, Topics, _report.Request.Dimension, r.Group), (double)r.HandlingCost, (double)r.CompensationCost, (double)r.OtherCost))
            .ToList(),
        [Localizer["Analytics.Handling"], Localizer["Analytics.Compensation"], Localizer["Analytics.Other"]],
        Localizer["Analytics.CostChart"]);
}
