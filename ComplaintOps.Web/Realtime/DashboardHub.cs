using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Persistence.Identity;
using ComplaintOps.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintOps.Web.Realtime;

/// <summary>
/// /hubs/ops: the live stream for consumers outside Blazor (wall screens, other systems). Blazor circuits do not use it:
/// they subscribe to the in-process notifier. Open to staff with ViewDashboard (session cookie) and to wallboard API keys
/// (<see cref="ApiPolicies.Hub"/>). Each connection joins its instance's group, which carries the alerts every instance
/// computes for itself (so a Redis backplane does not deliver them twice), and the group of the complaint changes it may
/// see: all of them with AllDepartments or as a wallboard (aggregate screens), else only its own department's.
/// </summary>
[Authorize(Policy = ApiPolicies.Hub)]
public sealed class DashboardHub(DashboardAggregator aggregator, InstanceIdentity instance) : Hub<IDashboardClient>
{
    public const string Path = "/hubs/ops";

    public const string AllDepartmentsGroup = "changes:all";

    public static string DepartmentGroup(string department) => "changes:dept:" + department;

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, instance.Group);
        if (ChangesGroup(Context.User) is { } group)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }

        await base.OnConnectedAsync();
    }

    /// <summary>The current headline numbers, for a wallboard that just connected.</summary>
    [RequirePermission(Permission.ViewDashboard)]
    public DashboardSummary GetSummary() => DashboardSummary.From(aggregator.Current);

    /// <summary>Which complaint changes a connection receives; none for someone without a department or all-departments scope.</summary>
    public static string? ChangesGroup(System.Security.Claims.ClaimsPrincipal? user)
    {
        if (user is null)
        {
            return null;
        }

        if (user.Has(Permission.AllDepartments) || user.HasClaim(PermissionClaims.ApiClientKind, nameof(ApiClientKind.Wallboard)))
        {
            return AllDepartmentsGroup;
        }

        return user.FindFirst(PermissionClaims.Department)?.Value is { Length: > 0 } department ? DepartmentGroup(department) : null;
    }
}

/// <summary>This server instance's id (one per process).</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    public string Group => "instance:" + Id;
}
