using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Data.Features.Staff;
using ComplaintOps.Web.Components.Shared;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace ComplaintOps.Web.Components.Pages.Dashboard;

/// <summary>
/// The live operations dashboard. It renders the aggregator's snapshot and re-renders on each one the aggregator publishes
/// (already coalesced to at most one per 250 ms); it never queries the database per event. Wall-screen mode (<c>/?wall=1</c>)
/// keeps the KPI tiles on top and rotates the other panels every <see cref="RotateEvery"/>.
/// </summary>
public sealed partial class DashboardPage : IDisposable
{
    public const int WallPages = 3;
    public static readonly TimeSpan RotateEvery = TimeSpan.FromSeconds(15);

    private DashboardSnapshot _snapshot = default!;
    private IReadOnlyList<HotspotAlert> _hotspotAlerts = [];
    private IDisposable? _subscription;
    private ITimer? _rotation;
    private int _wallPage;
    private bool _interactive;   // false while prerendered; true once the circuit runs (live updates flow)
    private Dictionary<string, StaffMember> _staffByName = [];
    private UiCulture _culture;

    [Inject]
    private DashboardAggregator Aggregator { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IStaffQueries StaffQueries { get; set; } = default!;

    private bool Wall { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _culture = UiCulture.Capture();
        _snapshot = Aggregator.Current;
        _hotspotAlerts = Aggregator.RecentHotspotAlerts;
        _subscription = Aggregator.Subscribe(snapshot => InvokeAsync(() => OnSnapshotAsync(snapshot)));
        Navigation.LocationChanged += OnLocationChanged;
        ApplyWallMode();
        // Once per page load, to show actors' names in the UI language.
        _staffByName = (await StaffQueries.ListAsync(CancellationToken.None)).GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.First());
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;   // after-render runs only in a live circuit, never while prerendering
            StateHasChanged();
        }
    }

    private async Task OnSnapshotAsync(DashboardSnapshot snapshot)
    {
        try
        {
            _culture.Apply();   // the aggregator calls from its own thread
            _snapshot = snapshot;
            _hotspotAlerts = Aggregator.RecentHotspotAlerts;
            StateHasChanged();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    private string ActorLabel(string name) => _staffByName.TryGetValue(name, out var member) ? Labels.StaffName(member) : name;

    private string SectionClass(int page) => !Wall ? "dash-section" : page == _wallPage ? "dash-section wall-active" : "dash-section wall-hidden";

    private void ToggleWall() => Navigation.NavigateTo(Wall ? "/" : $"/?{WallMode.Key}=1");

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(() =>
    {
        _culture.Apply();
        ApplyWallMode();
        StateHasChanged();
    });

    private void ApplyWallMode()
    {
        Wall = WallMode.IsOn(Navigation.Uri);
        if (Wall && _rotation is null)
        {
            _wallPage = 0;
            _rotation = Clock.CreateTimer(_ => _ = InvokeAsync(Rotate), null, RotateEvery, RotateEvery);
        }
        else if (!Wall && _rotation is not null)
        {
            _rotation.Dispose();
            _rotation = null;
        }
    }

    private void Rotate()
    {
        _culture.Apply();
        _wallPage = (_wallPage + 1) % WallPages;
        StateHasChanged();
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _rotation?.Dispose();
        Navigation.LocationChanged -= OnLocationChanged;
    }
}
