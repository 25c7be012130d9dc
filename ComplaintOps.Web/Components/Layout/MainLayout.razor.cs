using ComplaintOps.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Layout;

/// <summary>App bar, drawer and providers; with <c>?wall=1</c> (wall-screen dashboard) only the page itself, on a dark theme.</summary>
public sealed partial class MainLayout
{
    private readonly MudTheme _theme = ComplaintOpsTheme.Create();
    private bool _drawerOpen = true;
    private bool _wall;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The router hands the layout a new <see cref="LayoutComponentBase.Body"/> on every navigation, so this sees each URL.</summary>
    protected override void OnParametersSet() => _wall = WallMode.IsOn(Navigation.Uri);

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;
}
