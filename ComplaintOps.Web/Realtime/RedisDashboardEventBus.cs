using System.Text.Json;
using StackExchange.Redis;

namespace ComplaintOps.Web.Realtime;

/// <summary>The event bus across instances: Redis pub/sub channels; every instance (the publisher too) receives each change once.</summary>
public sealed class RedisDashboardEventBus(IConnectionMultiplexer redis) : IDashboardEventBus
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("complaintops:dashboard:changes");

    public static readonly RedisChannel TopicsChannel = RedisChannel.Literal("complaintops:dashboard:topics");

    public async Task PublishAsync(TopicsChange change, CancellationToken cancellationToken) =>
        await redis.GetSubscriber().PublishAsync(TopicsChannel, JsonSerializer.Serialize(change));

    public async Task SubscribeTopicsAsync(Func<TopicsChange, ValueTask> handler, CancellationToken cancellationToken)
    {
        var queue = await redis.GetSubscriber().SubscribeAsync(TopicsChannel);
        queue.OnMessage(async message =>
        {
            if (message.Message.HasValue && JsonSerializer.Deserialize<TopicsChange>(message.Message.ToString()) is { } change)
            {
                await handler(change);
            }
        });
    }

    public async Task PublishAsync(DashboardChange change, CancellationToken cancellationToken) =>
        await redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(change));

    public async Task SubscribeAsync(Func<DashboardChange, ValueTask> handler, CancellationToken cancellationToken)
    {
        var queue = await redis.GetSubscriber().SubscribeAsync(Channel);
        queue.OnMessage(async message =>
        {
            if (message.Message.HasValue && JsonSerializer.Deserialize<DashboardChange>(message.Message.ToString()) is { } change)
            {
                await handler(change);
            }
        });
    }
}
