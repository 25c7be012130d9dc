using ComplaintOps.Analytics.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Tests.Analytics;

public sealed class AnalyticsRegistrationTests
{
    private static ServiceProvider Build(string root, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddComplaintModels(root);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void The_model_store_lives_under_the_content_root_at_the_configured_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "co-root-" + Guid.NewGuid().ToString("N"));
        using var provider = Build(root, new() { ["Analytics:Training:ModelDirectory"] = "models/here" });

        var store = provider.GetRequiredService<ModelStore>();

        Assert.Equal(Path.Combine(root, "models", "here"), store.Directory);
        Assert.Equal(3, store.Keep);
    }

    [Fact]
    public void Defaults_put_models_in_app_data_and_retrain_daily()
    {
        using var provider = Build("/srv/app", []);

        var options = provider.GetRequiredService<IOptions<ModelTrainingOptions>>().Value;

        Assert.Equal("App_Data/models", options.ModelDirectory);
        Assert.Equal(TimeSpan.FromDays(1), options.RetrainEvery);
        Assert.Equal(Path.GetFullPath("/srv/app/App_Data/models"), provider.GetRequiredService<ModelStore>().Directory);
    }

    [Fact]
    public void Invalid_training_settings_are_refused()
    {
        using var provider = Build("/srv/app", new() { ["Analytics:Training:MaxClusterCount"] = "1" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ModelTrainingOptions>>().Value);
    }
}
