namespace ComplaintOps.Web.Realtime;

/// <summary>
/// Carries committed changes to every server instance's aggregator (in process, or over Redis when scaled out): complaint
/// changes, and topic changes (an analyst's decision or a published training).
/// </summary>
public interface IDashboardEventBus
{
    Task PublishAsync(DashboardChange change, CancellationToken cancellationToken);

    Task PublishAsync(TopicsChange change, CancellationToken cancellationToken);

    /// <summary>Starts delivering changes from every instance (this one included) to <paramref name="handler"/>.</summary>
    Task SubscribeAsync(Func<DashboardChange, ValueTask> handler, CancellationToken cancellationToken);

    /// <summary>Starts delivering topic changes from every instance (this one included) to <paramref name="handler"/>.</summary>
    Task SubscribeTopicsAsync(Func<TopicsChange, ValueTask> handler, CancellationToken cancellationToken);
}

public sealed class InMemoryDashboardEventBus : IDashboardEventBus
{
    private readonly List<Func<DashboardChange, ValueTask>> _handlers = [];
    private readonly List<Func<TopicsChange, ValueTask>> _topicHandlers = [];
    private readonly Lock _lock = new();

    public async Task PublishAsync(TopicsChange change, CancellationToken cancellationToken)
    {
        Func<TopicsChange, ValueTask>[] handlers;
        lock (_lock)
        {
            handlers = [.. _topicHandlers];
        }

        foreach (var handler in handlers)
        {
            await handler(change);
        }
    }

    public Task SubscribeTopicsAsync(Func<TopicsChange, ValueTask> handler, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _topicHandlers.Add(handler);
        }

        return Task.CompletedTask;
    }

    public async Task PublishAsync(DashboardChange change, CancellationToken cancellationToken)
    {
        Func<DashboardChange, ValueTask>[] handlers;
        lock (_lock)
        {
            handlers = [.. _handlers];
        }

        foreach (var handler in handlers)
        {
            await handler(change);
        }
    }

    public Task SubscribeAsync(Func<DashboardChange, ValueTask> handler, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _handlers.Add(handler);
        }

        return Task.CompletedTask;
    }
}
