using System.Threading.Channels;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Realtime;
using StackExchange.Redis;

namespace ComplaintOps.Tests.Web.Realtime;

/// <summary>Topic changes cross instances on their own Redis channel, so every instance's dashboard re-reads its topics.</summary>
public sealed class RedisTopicsBusTests
{
    [Fact]
    public async Task A_topic_change_published_by_one_instance_reaches_the_other_and_complaint_subscribers_do_not_see_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var configuration = TestRedis.Require();
        await using var a = await ConnectionMultiplexer.ConnectAsync(configuration);
        await using var b = await ConnectionMultiplexer.ConnectAsync(configuration);
        var received = Channel.CreateUnbounded<TopicsChange>();
        var complaints = 0;
        var onB = new RedisDashboardEventBus(b);
        await onB.SubscribeTopicsAsync(change => received.Writer.WriteAsync(change), ct);
        await onB.SubscribeAsync(_ =>
        {
            Interlocked.Increment(ref complaints);
            return ValueTask.CompletedTask;
        }, ct);
        var sent = new TopicsChange([new TopicKey(17), new TopicKey(3)], 5, new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

        await new RedisDashboardEventBus(a).PublishAsync(sent, ct);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var change = await received.Reader.ReadAsync(timeout.Token);
        Assert.Equal(sent.Topics, change.Topics);
        Assert.Equal((sent.ModelVersion, sent.OccurredAtUtc), (change.ModelVersion, change.OccurredAtUtc));
        Assert.Equal(0, complaints);
    }
}
