using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;

namespace ComplaintOps.Tests.Data;

/// <summary>Before the first training the demo database already has topics: placed complaints, analysts' decisions and an emerging topic.</summary>
public sealed class DemoTopicsTests : IntegrationTest
{
    [Fact]
    public async Task The_demo_seeds_topics_with_placements_decisions_and_an_emerging_burst()
    {
        await Get<DemoDataSeeder>().SeedAsync(new DemoOptions { Complaints = 2000, RandomSeed = 5 }, Ct);

        var topics = (await Get<ITopicQueries>().ListAsync(new TopicListQuery(), TestRules.Supervisor, Ct)).ToDictionary(t => t.Key.Value);
        var emerging = Assert.Single((await Get<IDashboardQueries>().LoadTopicsAsync(Ct)).Emerging);

        Assert.Equal(12, topics.Count);
        Assert.Equal("手机银行升级后无法登录 · Login fails after the app update", topics[1].DisplayName);
        Assert.True(topics[1].Size >= 50, $"{topics[1].Size} in the login topic");   // the app-upgrade burst, both languages
        Assert.Equal((TopicState.Merged, new TopicKey(1), 0), (topics[2].State, topics[2].MergedInto, topics[2].Size));
        Assert.Equal(TopicState.Noise, topics[9].State);
        Assert.Equal(new TopicKey(12), emerging.Key);
        Assert.InRange(emerging.Size, 3, 20);
        Assert.True(emerging.FirstAtUtc >= Clock.GetUtcNow().AddDays(-DemoDataGenerator.AtmBurstDays), "the emerging topic holds only the last days");
        var detail = await Get<ITopicQueries>().GetAsync(new TopicKey(2), TestRules.Supervisor, Ct);
        Assert.Contains(detail!.History, e => e.Kind == TopicEventKind.MergedByAnalyst && e.ActorName == "孙丽华");
        Assert.Equal(5, (await Get<ITopicQueries>().GetAsync(new TopicKey(1), TestRules.Supervisor, Ct))!.Typical.Count);
    }
}
