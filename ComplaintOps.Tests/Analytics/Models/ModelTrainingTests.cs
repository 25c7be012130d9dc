using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Representation;
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
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Tests.Analytics.Models;

/// <summary>Training, publishing to the registry, loading and placing, on a real SQLite database with bilingual demo complaints.</summary>
public sealed class ModelTrainingTests : IntegrationTest
{
    private ModelTraining Training => Get<ModelTraining>();

    private ITopicStore Store => Get<ITopicStore>();

    public override ValueTask InitializeAsync()
    {
        Clock.SetUtcNow(TestRules.Local(2026, 11, 20, 16));
        return base.InitializeAsync();
    }

    [Fact]
    public async Task A_retrain_request_wakes_the_training_once_however_often_it_is_clicked()
    {
        var training = Training;
        var waiting = training.WaitForRetrainRequestAsync(Ct);
        await Task.Delay(20, Ct);
        Assert.False(waiting.IsCompleted);   // nothing asked yet
        training.RequestRetrain(TestRules.Manager);
        await waiting;

        // Two clicks before the training picks the request up are one request (clicks after a pick-up are a new one).
        training.RequestRetrain(TestRules.Manager);
        training.RequestRetrain(TestRules.Manager);

        await training.WaitForRetrainRequestAsync(Ct);
        var second = training.WaitForRetrainRequestAsync(Ct);
        await Task.Delay(50, Ct);
        Assert.False(second.IsCompleted);
    }

    [Fact]
    public async Task Too_few_complaints_train_nothing_and_say_why()
    {
        await Get<IComplaintCommands>().RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct);

        Assert.Null(await Training.TrainAsync(Ct));

        Assert.Contains("too few complaints", Training.Status.Error, StringComparison.Ordinal);
        Assert.Null(Get<CurrentModels>().Models);
        Assert.Null(await Store.LatestVersionAsync(Ct));
    }

    [Fact]
    public async Task A_training_run_publishes_a_version_that_another_instance_loads_and_places_the_same_way()
    {
        var seeded = await Get<DemoDataSeeder>().SeedAsync(new DemoOptions { Complaints = 400, RandomSeed = 7 }, Ct);

        var models = await Training.TrainAsync(Ct);

        Assert.NotNull(models);
        Assert.Equal(DemoTopics.ModelVersion + 1, models.Number);   // numbered after the demo's placements
        var version = (await Store.LatestVersionAsync(Ct))!;
        Assert.Equal((models.Number, Training.Instance), (version.Number, version.TrainedBy));
        Assert.Contains("\"Seeds\"", version.Parameters, StringComparison.Ordinal);
        var topics = await Store.ListTopicsAsync(Ct);
        Assert.InRange(topics.Count(t => t.State == TopicState.Active), 2, 60);
        Assert.All(topics, t => Assert.False(string.IsNullOrWhiteSpace(t.Label)));
        Assert.Contains(models.Topics.Spaces, s => s.Space == TopicSpace.Chinese);
        var texts = await Store.ListTextsAsync(10_000, Ct);
        var placed = await Store.CurrentPlacementsAsync([.. texts.Select(t => t.Id)], Ct);
        Assert.True(placed.Count >= seeded * 0.9, $"{placed.Count} of {seeded} complaints placed");
        Assert.True(placed.Values.Count(p => p.TopicId is not null) >= placed.Count * 0.75,   // the rest are far from every topic: unassigned, not forced
            $"{placed.Values.Count(p => p.TopicId is not null)} of {placed.Count} complaints belong to a topic");

        // Another instance (its own models in use, same database) loads what was published and places a text identically.
        var other = new CurrentModels();
        var otherTraining = new ModelTraining(Store, Get<IModelLease>(), other, Get<ISentenceEmbedder>(), Get<ILabelWords>(),
            new ModelInstance(Options.Create(new ModelTrainingOptions { InstanceName = "other" })), Get<IOptions<ModelTrainingOptions>>(), Clock,
            NullLogger<ModelTraining>.Instance);
        Assert.True(await otherTraining.SyncAsync(Ct));
        Assert.Equal(models.Number, other.Models!.Number);
        var probe = ComplaintTextForModels.Of(texts[0]);
        Assert.Equal(models.Topics.Place(probe), other.Models.Topics.Place(probe));
        Assert.False(await otherTraining.SyncAsync(Ct));   // nothing newer
    }

    [Fact]
    public async Task A_new_complaint_is_placed_after_commit_with_the_current_version_and_its_english_vector_is_stored()
    {
        await Get<DemoDataSeeder>().SeedAsync(new DemoOptions { Complaints = 400, RandomSeed = 8 }, Ct);
        var models = (await Training.TrainAsync(Ct))!;
        var chinese = await Get<IComplaintCommands>().RegisterAsync(
            ComplaintBuilder.Sample() with { Subject = "信用卡年费被重复扣收", Description = "本月账单显示信用卡年费扣了两次，要求退还年费。" }, TestRules.Agent, null, Ct);
        var english = await Get<IComplaintCommands>().RegisterAsync(
            ComplaintBuilder.Sample() with { Subject = "Card annual fee charged twice", Description = "My statement shows the annual fee twice." }, TestRules.Agent, null, Ct);

        var queue = Get<TopicPlacementQueue>();
        var queued = new List<Guid> { await queue.Reader.ReadAsync(Ct), await queue.Reader.ReadAsync(Ct) };
        Assert.Equal([chinese.Id, english.Id], queued);
        Assert.Equal(2, await Get<TopicPlacing>().PlaceAsync(queued, Ct));

        var placed = await Store.CurrentPlacementsAsync(queued, Ct);
        var expected = models.Topics.Place(ComplaintTextForModels.Of("信用卡年费被重复扣收", "本月账单显示信用卡年费扣了两次，要求退还年费。"));
        Assert.Equal(expected.TopicId, placed[chinese.Id].TopicId);
        var vectors = await Store.GetEmbeddingsAsync(queued, Get<ISentenceEmbedder>().Name, Ct);
        Assert.Equal([english.Id], vectors.Keys);                 // the English model never sees the Chinese complaint
        Assert.Equal(384, vectors[english.Id].Length);
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(models.Number, await db.TopicAssignments.Where(a => a.ComplaintId == chinese.Id).Select(a => a.ModelVersion).SingleAsync(Ct));
    }
}
