using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Administration;

/// <summary>Each role's permissions as a checklist; saving replaces the role's set (its users' sessions follow at revalidation).</summary>
public sealed partial class RolesTab
{
    private IReadOnlyList<RolePermissionSet> _roles = [];
    private StaffRole _role = StaffRole.IntakeAgent;
    private HashSet<Permission> _selected = [];
    private string? _error;
    private bool _busy;

    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private IRoleAdministration Roles { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private RolePermissionSet? Current => _roles.FirstOrDefault(r => r.Role == _role);

    private bool Dirty => Current is { } current && !current.Permissions.SetEquals(_selected);

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        if (_roles.Count > 0 && Current is null)
        {
            SelectRole(_roles[0].Role);
        }
    }

    private async Task LoadAsync()
    {
        _roles = await Roles.ListAsync(await CurrentActor.GetAsync(), CancellationToken.None);
        _selected = [.. Current?.Permissions ?? new HashSet<Permission>()];
    }

    private void SelectRole(StaffRole role)
    {
        _role = role;
        _selected = [.. Current?.Permissions ?? new HashSet<Permission>()];
    }

    private void Toggle(Permission permission, bool on)
    {
        if (on)
        {
            _selected.Add(permission);
        }
        else
        {
            _selected.Remove(permission);
        }
    }

    private async Task SaveAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            await Roles.SetPermissionsAsync(_role, _selected.ToHashSet(), await CurrentActor.GetAsync(), CancellationToken.None);
            await LoadAsync();
            Snackbar.Add(L["Admin.RoleSaved", L.Enum("Role", _role)], MudBlazor.Severity.Success);
            await OnChanged.InvokeAsync();
        }
        catch (DomainException e)
        {
            _error = L.Of(e);
        }
        finally
        {
            _busy = false;
        }
    }
}
