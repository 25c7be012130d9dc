using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Web.Components.Pages.Queue;
using ComplaintOps.Web.Components.Shared;
using ComplaintOps.Web.Realtime;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Sla;

/// <summary>
/// At-risk and breached complaints by department × kind of their nearest clock and by stage, live from the aggregator's
/// snapshot (no query per event); every number opens the queue with the same filter. The 12-week timely-rate trend is read
/// once when the page opens.
/// </summary>
public sealed partial class SlaPage : IDisposable
{
    public const int TrendWeeks = 12;
    private static readonly ClockKind[] Kinds = Enum.GetValues<ClockKind>();

    private DashboardSnapshot _snapshot = default!;
    private IReadOnlyList<WeeklyRate>? _trend;
    private IDisposable? _subscription;
    private UiCulture _culture;

    [Inject]
    private DashboardAggregator Aggregator { get; set; } = default!;

    [Inject]
    private IDashboardQueries DashboardQueries { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _culture = UiCulture.Capture();
        _snapshot = Aggregator.Current;
        _subscription = Aggregator.Subscribe(snapshot => InvokeAsync(() => OnSnapshotAsync(snapshot)));
        _trend = await DashboardQueries.TimelyTrendAsync(Clock.GetUtcNow(), TrendWeeks, CancellationToken.None);
    }

    private async Task OnSnapshotAsync(DashboardSnapshot snapshot)
    {
        try
        {
            _culture.Apply();   // the aggregator calls from its own thread
            _snapshot = snapshot;
            StateHasChanged();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    /// <summary>Departments with anything at risk or breached, catalog order, unassigned last.</summary>
    private IEnumerable<string?> Departments()
    {
        var present = _snapshot.SlaByDepartment.Select(c => c.Department).ToHashSet();
        return Data.Domain.Reference.Departments.All.Select(d => (string?)d.Code).Where(present.Contains)
            .Concat(present.Where(d => d is not null && Data.Domain.Reference.Departments.Find(d) is null).Order(StringComparer.Ordinal))
            .Concat(present.Contains(null) ? [null] : []);
    }

    private IReadOnlyList<SlaCell> Cells(string? department, ClockKind? kind) =>
        [.. _snapshot.SlaByDepartment.Where(c => c.Department == department && (kind is null || c.Kind == kind))];

    private IReadOnlyList<SlaCell> Cells(ClockKind kind) => [.. _snapshot.SlaByDepartment.Where(c => c.Kind == kind)];

    private IEnumerable<(ComplaintStatus Status, int AtRisk, int Breached)> ByStage() =>
        Enum.GetValues<ComplaintStatus>().Where(s => s.IsOpen())
            .Select(s => (s, _snapshot.SlaByDepartment.Where(c => c.Status == s).Sum(c => c.AtRisk), _snapshot.SlaByDepartment.Where(c => c.Status == s).Sum(c => c.Breached)));

    public void Dispose() => _subscription?.Dispose();
}
