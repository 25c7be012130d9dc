using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Suggestions;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Analytics.Models;

/// <summary>Training, storing, publishing and assigning, on a real SQLite database with bilingual demo complaints.</summary>
public sealed class ModelTrainingTests : IntegrationTest
{

    private ModelTraining Training => Get<ModelTraining>();

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
        Assert.Empty(Get<ModelStore>().List());
    }

    [Fact]
    public async Task A_training_run_stores_a_version_publishes_it_and_assigns_every_complaint()
    {
        var seeded = await Get<DemoDataSeeder>().SeedAsync(new DemoOptions { Complaints = 400, RandomSeed = 7 }, Ct);

        var models = await Training.TrainAsync(Ct);

        Assert.NotNull(models);
        Assert.Equal("v1", models.Version);
        Assert.Same(models, Get<CurrentModels>().Models);
        Assert.InRange(models.Topics.Clusters.Count, 2, 30);
        Assert.All(models.Topics.Clusters, c => Assert.False(string.IsNullOrWhiteSpace(c.Label)));
        Assert.NotNull(models.Categories);
        Assert.NotNull(models.Severities);
        // Placements are published through ITopicStore by the topic trainer (#10); this run stores none.
        var texts = await Get<ITopicStore>().ListTextsAsync(10_000, Ct);
        Assert.True(texts.Count >= seeded * 0.9, $"{texts.Count} of {seeded} complaints trained on");

        var reloaded = new ModelStore(Get<ModelStore>().Directory).LoadLatest();   // as after a restart
        Assert.NotNull(reloaded);
        Assert.Equal("v1", reloaded.Version);
        var probe = texts[0];
        var text = ComplaintTextForModels.Of(probe);
        Assert.Equal(models.Topics.Assign(text).ClusterId, reloaded.Topics.Assign(text).ClusterId);
        Assert.Equal(models.Categories.Suggest(text).Label, reloaded.Categories!.Suggest(text).Label);
    }

    [Fact]
    public async Task A_new_complaint_is_assigned_to_a_cluster_of_the_current_model_and_gets_a_suggestion()
    {
        await Get<DemoDataSeeder>().SeedAsync(new DemoOptions { Complaints = 400, RandomSeed = 8 }, Ct);
        var models = await Training.TrainAsync(Ct);
        Assert.NotNull(models);
        var registered = await Get<IComplaintCommands>().RegisterAsync(
            ComplaintBuilder.Sample() with { Subject = "信用卡年费被重复扣收", Description = "本月账单显示信用卡年费扣了两次，要求退还年费。" }, TestRules.Agent, null, Ct);

        var queued = await Get<ClusterAssignmentQueue>().Reader.ReadAsync(Ct);
        Assert.Equal(registered.Id, queued);
        Assert.Equal(1, await Training.AssignAsync([queued], Ct));

        var suggestion = Get<IClassificationSuggester>().Suggest("信用卡年费被重复扣收", "本月账单显示信用卡年费扣了两次，要求退还年费。");
        Assert.NotNull(suggestion);
        Assert.Equal("v1", suggestion.ModelVersion);
        Assert.InRange(suggestion.CategoryConfidence, 0, 1);
    }

    public override async ValueTask DisposeAsync()
    {
        var models = Get<ModelStore>().Directory;
        await base.DisposeAsync();
        if (Directory.Exists(models))
        {
            Directory.Delete(models, recursive: true);
        }
    }
}
