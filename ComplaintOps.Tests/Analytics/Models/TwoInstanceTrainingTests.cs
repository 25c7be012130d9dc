using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Topics;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Data.Persistence.Providers;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Tests.Analytics.Models;

/// <summary>Two instances against one PostgreSQL database: only the lease holder trains; the other loads what it published.</summary>
public sealed class TwoInstanceTrainingTests() : IntegrationTest(DatabaseProvider.Postgres)
{
    public override ValueTask InitializeAsync()
    {
        Clock.SetUtcNow(TestRules.Local(2026, 11, 20, 16));
        return base.InitializeAsync();
    }

    [Fact]
    public async Task Only_one_instance_trains_and_the_other_loads_the_published_version()
    {
        await Get<DemoDataSeeder>().SeedAsync(new DemoOptions { Complaints = 300, RandomSeed = 11 }, Ct);
        var (web1, models1) = Instance("web-1");
        var (web2, models2) = Instance("web-2");

        var first = web1.TrainAsync(Ct);
        while (!web1.Status.Running && !first.IsCompleted)
        {
            await Task.Delay(10, Ct);   // web-1 holds the lease from here until it has published
        }

        Assert.Null(await web2.TrainAsync(Ct));
        Assert.Equal("another instance is training", web2.Status.Error);
        Assert.NotNull(await first);

        Assert.True(await web2.SyncAsync(Ct));
        var versions = await Get<ITopicStore>().ListVersionsAsync(Ct);
        var published = Assert.Single(versions);
        Assert.Equal(("web-1", published.Number, published.Number), (published.TrainedBy, models1.Models!.Number, models2.Models!.Number));
        Assert.Equal("web-1", web2.Status.TrainedBy);
    }

    private (ModelTraining Training, CurrentModels Models) Instance(string name)
    {
        var models = new CurrentModels();
        var training = new ModelTraining(Get<ITopicStore>(), Get<IModelLease>(), models, Get<ISentenceEmbedder>(), Get<ILabelWords>(),
            new ModelInstance(Options.Create(new ModelTrainingOptions { InstanceName = name })), Get<IOptions<ModelTrainingOptions>>(), Clock,
            NullLogger<ModelTraining>.Instance);
        return (training, models);
    }
}
