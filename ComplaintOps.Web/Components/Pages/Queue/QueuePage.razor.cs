using ComplaintOps.Web.Identity;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Data.Features.Queue;
using ComplaintOps.Data.Features.Staff;
using ComplaintOps.Web.Components.Shared;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Queue;

/// <summary>
/// The open-complaint queue: server-paged, filters in the query string (dashboard and SLA drill-downs land here filtered).
/// Live: when the aggregator publishes a snapshot the current page is re-read, at most once per <see cref="MinReloadInterval"/>
/// per viewer (trailing edge, so the last change in a burst still shows). Unlike the dashboard this is a database query per
/// viewer, hence the throttle and the "live" switch to stop it.
/// </summary>
public sealed partial class QueuePage : IDisposable
{
    public static readonly TimeSpan MinReloadInterval = TimeSpan.FromSeconds(2);
    private static readonly int[] PageSizes = [25, 50, 100];
    private static readonly ClockState[] ClockStates = [ClockState.OnTime, ClockState.AtRisk, ClockState.Breached];

    private readonly CancellationTokenSource _disposed = new();
    private MudDataGrid<QueueRow>? _grid;
    private QueueFilter _filter = new();
    private Dictionary<string, StaffMember> _staffByName = [];
    private IDisposable? _subscription;
    private DateTimeOffset _lastLoad = DateTimeOffset.MinValue;
    private int _reloadScheduled;
    private bool _live = true;
    private UiCulture _culture;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IQueueQueries Queue { get; set; } = default!;

    [Inject]
    private IStaffQueries Staff { get; set; } = default!;

    [Inject]
    private DashboardAggregator Aggregator { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    [Inject]
    private TopicNames Topics { get; set; } = default!;

    private IEnumerable<StaffMember> Handlers => _staffByName.Values
        .Where(m => m.Role is StaffRole.Handler or StaffRole.DepartmentHead && (_filter.Department is null || m.Department == _filter.Department))
        .OrderBy(m => m.Department, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal);

    protected override async Task OnInitializedAsync()
    {
        _culture = UiCulture.Capture();
        _filter = QueueFilter.FromUri(Navigation.Uri);
        Navigation.LocationChanged += OnLocationChanged;
        _subscription = Aggregator.Subscribe(OnSnapshot);
        _staffByName = (await Staff.ListAsync(CancellationToken.None)).GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.First());
        await Topics.LoadAsync(CancellationToken.None);
    }

    private async Task<GridData<QueueRow>> LoadAsync(GridState<QueueRow> state, CancellationToken cancellationToken)
    {
        _lastLoad = Clock.GetUtcNow();
        var page = await Queue.ListAsync(_filter.ToQuery(state.Page * state.PageSize, state.PageSize, Time), await CurrentActor.GetAsync(), cancellationToken);
        return new GridData<QueueRow> { Items = page.Items, TotalItems = page.Total };
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…";

    private string HandlerLabel(string? name) =>
        name is null ? "" : _staffByName.TryGetValue(name, out var member) ? Labels.StaffName(member) : name;

    /// <summary>Changes the filter, records it in the URL (no history entry) and reloads from the first page.</summary>
    private async Task ApplyAsync(QueueFilter filter)
    {
        _filter = filter;
        Navigation.NavigateTo(_filter.ToUri(), replace: true);
        if (_grid is not null)
        {
            if (_grid.CurrentPage > 0)
            {
                _grid.NavigateTo(Page.First);
            }

            await _grid.ReloadServerData();
        }
    }

    private void OnLiveChanged(bool live) => _live = live;

    /// <summary>A link to /queue while already here (nav menu, drill-down): take the URL's filter.</summary>
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (new Uri(e.Location).AbsolutePath == QueueFilter.Path && QueueFilter.FromUri(e.Location) is var filter && filter != _filter)
        {
            _ = InvokeAsync(() =>
            {
                _culture.Apply();
                return ApplyAsync(filter);
            });
        }
    }

    /// <summary>Never holds up the aggregator's publish: schedules at most one reload and returns.</summary>
    private Task OnSnapshot(DashboardSnapshot snapshot)
    {
        if (_live && Interlocked.Exchange(ref _reloadScheduled, 1) == 0)
        {
            _ = ReloadSoonAsync();
        }

        return Task.CompletedTask;
    }

    private async Task ReloadSoonAsync()
    {
        try
        {
            var wait = _lastLoad + MinReloadInterval - Clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, Clock, _disposed.Token);
            }

            Volatile.Write(ref _reloadScheduled, 0);
            await InvokeAsync(async () =>
            {
                _culture.Apply();   // scheduled from the aggregator's thread
                if (_live && _grid is not null && !_disposed.IsCancellationRequested)
                {
                    await _grid.ReloadServerData();
                }
            });
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            // page closed while waiting
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        Navigation.LocationChanged -= OnLocationChanged;
        _disposed.Cancel();   // not disposed: a reload still waiting may read its token
    }
}
