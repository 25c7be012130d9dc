using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Topics;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Analytics.Models;

/// <summary>Topics across retrainings and between them, through the real training, store and placement on SQLite.</summary>
public sealed class TopicLifecycleTests : IntegrationTest
{
    private ITopicStore Store => Get<ITopicStore>();

    public override ValueTask InitializeAsync()
    {
        Clock.SetUtcNow(TestRules.Local(2026, 11, 20, 16));
        return base.InitializeAsync();
    }

    [Fact]
    public async Task Topic_ids_survive_a_retrain_a_planted_new_problem_is_born_and_an_analysts_name_and_merge_stay()
    {
        await SeedWithoutTopicsAsync(7);
        Assert.NotNull(await Get<ModelTraining>().TrainAsync(Ct));
        var ids = (await Store.ListTextsAsync(10_000, Ct)).Select(t => t.Id).ToList();
        var before = await Store.CurrentPlacementsAsync(ids, Ct);
        var live = before.Values.Where(p => p.TopicId is not null).GroupBy(p => p.TopicId!.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var (kept, absorbed) = (live[0], live[1]);
        await SteerAsync(kept, absorbed, "年费与扣费");
        var planted = await PlantAsync(20, i => ($"ATM吞卡 第{i}次", $"在自助取款机取款时ATM吞卡，银行卡被机器吞掉无法取回，第{i}位客户要求尽快退卡。"));

        var retrained = await Get<ModelTraining>().TrainAsync(Ct);
        Assert.NotNull(retrained);

        var after = await Store.CurrentPlacementsAsync([.. ids, .. planted], Ct);
        var carried = before.Where(p => p.Value.TopicId is { } t && t != kept).ToList();
        var same = carried.Count(p => after[p.Key].TopicId == p.Value.TopicId);
        Assert.True(same >= carried.Count * 0.9, $"{same} of {carried.Count} complaints kept their topic id");
        var fromAbsorbed = before.Where(p => p.Value.NearestTopicId == absorbed).Select(p => after[p.Key].TopicId).ToList();
        Assert.True(fromAbsorbed.Count(t => t == kept) >= fromAbsorbed.Count * 0.9, "the merged topic's complaints still count for the topic it was merged into");
        var topics = (await Store.ListTopicsAsync(Ct)).ToDictionary(t => t.Id);
        Assert.Equal(("年费与扣费", TopicState.Active), (topics[kept].DisplayName, topics[kept].State));
        Assert.Equal((TopicState.Merged, (int?)kept), (topics[absorbed].State, topics[absorbed].MergedIntoId));
        var atm = planted.Select(p => after[p].TopicId).GroupBy(t => t).OrderByDescending(g => g.Count()).First();
        Assert.True(atm.Key is not null && atm.Count() >= 16, $"{atm.Count()} of 20 planted complaints share a topic");
        Assert.Equal(retrained.Number, topics[atm.Key!.Value].BornInVersion);
        Assert.Matches("吞卡|吞掉|取款机", topics[atm.Key!.Value].Label);   // whole words of the planted problem
        Assert.All(topics[atm.Key!.Value].Label.Split(" / "), w => Assert.True(w.Length >= 2, w));
    }

    [Fact]
    public async Task A_burst_of_complaints_unlike_every_topic_raises_an_emerging_topic_and_joins_no_existing_one()
    {
        await SeedWithoutTopicsAsync(9);
        Assert.NotNull(await Get<ModelTraining>().TrainAsync(Ct));
        var known = (await Store.ListTopicsAsync(Ct)).Select(t => t.Id).ToHashSet();

        var burst = await PlantAsync(8, i => ($"台阶结冰老人摔伤 {i}", $"今早门口台阶结冰，第{i}位老人滑倒摔伤，没有做防滑处理。"));
        Assert.Equal(burst.Count, await Get<TopicPlacing>().PlaceAsync(burst, Ct));

        var placed = await Store.CurrentPlacementsAsync(burst, Ct);
        var topics = (await Store.ListTopicsAsync(Ct)).ToDictionary(t => t.Id);
        Assert.True(topics.Values.Count(t => t.State == TopicState.Emerging) == 1,
            string.Join(", ", placed.Values.Select(p => $"{p.TopicId}/{p.NearestTopicId}:{p.Similarity:F2}")));
        var emerging = Assert.Single(topics.Values, t => t.State == TopicState.Emerging);
        Assert.DoesNotContain(emerging.Id, known);
        Assert.True(placed.Values.Count(p => p.TopicId == emerging.Id) >= 5, "the burst forms the emerging topic");
        Assert.DoesNotContain(placed.Values, p => p.TopicId is { } t && known.Contains(t));
        Assert.Contains("台阶", emerging.Label, StringComparison.Ordinal);
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        Assert.True(await db.TopicEvents.AnyAsync(e => e.TopicId == emerging.Id && e.Kind == TopicEventKind.Emerged, Ct));
    }

    // The demo ships hand-made topics so its pages are alive before any training; these tests start from a trained model.
    private async Task SeedWithoutTopicsAsync(int seed)
    {
        await Get<DemoDataSeeder>().SeedAsync(new DemoOptions { Complaints = 400, RandomSeed = seed }, Ct);
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        await db.LibraryCases.ExecuteUpdateAsync(s => s.SetProperty(c => c.TopicId, (int?)null), Ct);
        await db.TopicAssignments.ExecuteDeleteAsync(Ct);
        await db.TopicEvents.ExecuteDeleteAsync(Ct);
        await db.Topics.ExecuteDeleteAsync(Ct);
    }

    private async Task<List<Guid>> PlantAsync(int count, Func<int, (string Subject, string Description)> text)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var (subject, description) = text(i);
            Clock.Advance(TimeSpan.FromMinutes(3));
            ids.Add((await Get<IComplaintCommands>().RegisterAsync(ComplaintBuilder.Sample() with { Subject = subject, Description = description },
                TestRules.Agent, null, Ct)).Id);
        }

        return ids;
    }

    // What the topics page does: a name, and a merge that moves the current placements with it.
    private async Task SteerAsync(int kept, int absorbed, string name)
    {
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        var topics = await db.Topics.Where(t => t.Id == kept || t.Id == absorbed).ToDictionaryAsync(t => t.Id, Ct);
        db.TopicEvents.Add(topics[kept].Rename(name, TestRules.Supervisor, Clock.GetUtcNow()));
        db.TopicEvents.Add(topics[absorbed].MergeInto(topics[kept], TestRules.Supervisor, Clock.GetUtcNow()));
        await db.SaveChangesAsync(Ct);
        await db.TopicAssignments.Where(a => a.IsCurrent && a.TopicId == absorbed).ExecuteUpdateAsync(s => s.SetProperty(a => a.TopicId, kept), Ct);
    }
}
