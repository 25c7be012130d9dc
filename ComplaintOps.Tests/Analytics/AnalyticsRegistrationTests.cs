using ComplaintOps.Analytics;
using ComplaintOps.Analytics.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Tests.Analytics;

public sealed class AnalyticsRegistrationTests
{
    [Fact]
    public void Model_stores_live_under_the_configured_directory()
    {
        var root = Path.Combine(Path.GetTempPath(), "co-models-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Analytics:ModelDirectory"] = root, ["Analytics:KeepVersions"] = "5" })
            .Build();
        using var provider = new ServiceCollection().AddComplaintOpsAnalytics(configuration).BuildServiceProvider();

        var stores = provider.GetRequiredService<ModelStores>();

        Assert.Equal(Path.Combine(root, "topics"), stores.Topics.Directory);
        Assert.Equal(Path.Combine(root, "category"), stores.Categories.Directory);
        Assert.Equal(5, stores.Severities.Keep);
    }

    [Fact]
    public void Defaults_put_models_in_app_data()
    {
        using var provider = new ServiceCollection().AddComplaintOpsAnalytics(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AnalyticsOptions>>().Value;

        Assert.Equal("App_Data/models", options.ModelDirectory);
        Assert.Equal(3, options.KeepVersions);
    }
}
