using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>
/// Topics and placements written as the topic trainer writes them: a model version published through
/// <see cref="ITopicStore.PublishAsync"/> under the trainer lease (<see cref="IModelLease"/>), in one transaction.
/// </summary>
public static class TestTopics
{
    public const string Trainer = "test-trainer";

    /// <summary>Publishes model version <paramref name="version"/> with these topic outcomes and placements; fails the test if the lease was refused.</summary>
    public static async Task PublishAsync(IServiceProvider services, int version, IReadOnlyList<TopicOutcome> topics, IReadOnlyList<TopicPlacement> placements)
    {
        var ct = TestContext.Current.CancellationToken;
        var lease = await services.GetRequiredService<IModelLease>().TryTakeAsync(Trainer, TimeSpan.FromMinutes(10), ct);
        Assert.NotNull(lease);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var model = new ModelVersion(version, now, Trainer, lease.Generation, placements.Count, "{}", "{}", TimeSpan.FromSeconds(1));
        Assert.True(await services.GetRequiredService<ITopicStore>().PublishAsync(new ModelPublication(model, [], topics, placements), lease, ct));
    }

    /// <summary>A new topic (Chinese unless said otherwise).</summary>
    public static TopicOutcome Born(int id, string label, TopicSpace space = TopicSpace.Chinese) => new(id, space, TopicFate.Born, label, 0, 0.8);

    /// <summary>A topic found again by a later training.</summary>
    public static TopicOutcome Continued(int id, string label, TopicSpace space = TopicSpace.Chinese) => new(id, space, TopicFate.Continued, label, 0, 0.8);

    /// <summary>Every complaint in <paramref name="topic"/>, the first the most typical.</summary>
    public static IEnumerable<TopicPlacement> In(int topic, IEnumerable<Guid> complaints) =>
        complaints.Select((id, i) => new TopicPlacement(id, topic, 0.95f - (i * 0.01f)));
}
