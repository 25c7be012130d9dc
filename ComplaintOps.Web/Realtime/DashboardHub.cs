using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Web.Identity;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintOps.Web.Realtime;

/// <summary>
/// /hubs/ops: the live stream for consumers outside Blazor (wall screens, other systems). Blazor circuits do not use it:
/// they subscribe to the in-process notifier. Each connection also joins its instance's group, which carries the
/// alerts every instance computes for itself (so a Redis backplane does not deliver them twice).
/// Connecting and every hub method need <see cref="Permission.ViewDashboard"/> (what the dashboard page needs).
/// </summary>
[RequirePermission(Permission.ViewDashboard)]
public sealed class DashboardHub(DashboardAggregator aggregator, InstanceIdentity instance) : Hub<IDashboardClient>
{
    public const string Path = "/hubs/ops";

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, instance.Group);
        await base.OnConnectedAsync();
    }

    /// <summary>The current headline numbers, for a wallboard that just connected.</summary>
    public DashboardSummary GetSummary() => DashboardSummary.From(aggregator.Current);
}

/// <summary>This server instance's id (one per process).</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    public string Group => "instance:" + Id;
}
