using ComplaintOps.Data.Features.Dashboard;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Realtime;

/// <summary>
/// Drives the aggregator: subscribes to the event bus, flushes changes at most every <see cref="FlushInterval"/>
/// (so a burst of 500 changes is a handful of rebuilds), ticks the clock monitor, and reconciles with the database.
/// </summary>
public sealed partial class DashboardAggregatorService(
    DashboardAggregator aggregator,
    IDashboardEventBus bus,
    IHubContext<DashboardHub, IDashboardClient> hub,
    InstanceIdentity instance,
    IOptions<DashboardOptions> options,
    TimeProvider clock,
    ILogger<DashboardAggregatorService> logger) : BackgroundService
{
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await bus.SubscribeAsync(aggregator.AcceptAsync, stoppingToken);
        await bus.SubscribeTopicsAsync(aggregator.AcceptTopicsAsync, stoppingToken);
        await RunSafelyAsync(() => aggregator.ReconcileAsync(stoppingToken));
        var lastTick = clock.GetUtcNow();
        var lastReconcile = lastTick;
        while (!stoppingToken.IsCancellationRequested)
        {
            await WaitForWorkAsync(stoppingToken);
            if (aggregator.Pending.TryPeek(out _))
            {
                await Task.Delay(FlushInterval, clock, stoppingToken);   // coalesce a burst into one rebuild
                await RunSafelyAsync(async () =>
                {
                    if (await aggregator.FlushAsync(stoppingToken) is { } snapshot)
                    {
                        await hub.Clients.Group(instance.Group).SummaryUpdated(DashboardSummary.From(snapshot));
                    }
                });
            }

            if (aggregator.HasRefresh)
            {
                await RunSafelyAsync(async () =>
                {
                    if (await aggregator.FlushAsync(stoppingToken) is { } snapshot)
                    {
                        await hub.Clients.Group(instance.Group).SummaryUpdated(DashboardSummary.From(snapshot));
                    }
                });
            }

            var now = clock.GetUtcNow();
            if (aggregator.TakeReconcileRequest() || now - lastReconcile >= TimeSpan.FromSeconds(options.Value.ReconcileSeconds))
            {
                lastReconcile = now;
                await RunSafelyAsync(() => aggregator.ReconcileAsync(stoppingToken));
            }

            if (now - lastTick >= TickInterval)
            {
                lastTick = now;
                await RunSafelyAsync(async () =>
                {
                    foreach (var alert in await aggregator.TickAsync())
                    {
                        await hub.Clients.Group(instance.Group).ClockAlert(alert);
                    }
                });
            }

            await RunSafelyAsync(async () =>
            {
                foreach (var alert in aggregator.TakeUnsentHotspotAlerts())
                {
                    await hub.Clients.Group(instance.Group).HotspotAlert(alert);
                }
            });
        }
    }

    /// <summary>Until a change is pending, a reconcile is requested (topics changed) or a tick is due, whichever comes first.</summary>
    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        wait.CancelAfter(TickInterval);
        var change = aggregator.Pending.WaitToReadAsync(wait.Token).AsTask();
        var reconcile = aggregator.WaitForReconcileRequestAsync(wait.Token);
        await Task.WhenAny(change, reconcile);
        await wait.CancelAsync();   // the other waiter stops waiting (a cancelled semaphore wait takes no signal)
        try
        {
            await Task.WhenAll(change, reconcile);
        }
        catch (OperationCanceledException)
        {
            // the waiter that lost, or the tick timeout
        }

        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task RunSafelyAsync(Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStepFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The dashboard aggregator step failed; it will retry on the next change or tick.")]
    private partial void LogStepFailed(Exception ex);
}
