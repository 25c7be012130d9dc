using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence;
using Microsoft.AspNetCore.SignalR;

namespace ComplaintOps.Web.Realtime;

/// <summary>
/// Data's publisher port: called after a commit. Sends each complaint change to the hub (the Redis backplane, when
/// configured, fans it out to every instance's connections) and to the event bus that feeds every instance's aggregator;
/// topic changes go to the bus only (each aggregator re-reads its topic view).
/// </summary>
public sealed partial class DashboardEventPublisher(IDashboardEventBus bus, IHubContext<DashboardHub, IDashboardClient> hub, ILogger<DashboardEventPublisher> logger)
    : IDomainEventPublisher
{
    public async Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events.OfType<ComplaintChangedEvent>())
        {
            var change = DashboardChange.From(e);
            try
            {
                await bus.PublishAsync(change, CancellationToken.None);
                await hub.Clients.Groups(Audience(change)).ComplaintChanged(change);
            }
            catch (Exception ex)
            {
                // The change is committed; a failed push must not fail the request. The periodic reconcile catches up.
                LogPublishFailed(ex, change.Reference);
            }
        }

        foreach (var e in events.OfType<TopicsChangedEvent>())
        {
            try
            {
                await bus.PublishAsync(TopicsChange.From(e), CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogPublishFailed(ex, "topics");   // committed; the periodic reconcile re-reads the topics too
            }
        }
    }

    /// <summary>All-department watchers, and the complaint's department's watchers once it has one.</summary>
    private static string[] Audience(DashboardChange change) => change.Department is { Length: > 0 } department
        ? [DashboardHub.AllDepartmentsGroup, DashboardHub.DepartmentGroup(department)]
        : [DashboardHub.AllDepartmentsGroup];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish the change of {Reference}; the next reconcile will catch up.")]
    private partial void LogPublishFailed(Exception ex, string reference);
}
