using ComplaintOps.Analytics.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Tests.Analytics;

public sealed class AnalyticsRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddComplaintModels();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void An_instance_takes_its_configured_name_in_the_registry_and_the_lease_or_makes_a_unique_one()
    {
        using var named = Build(new() { ["Analytics:Training:InstanceName"] = "web-2" });
        using var first = Build([]);
        using var second = Build([]);

        Assert.Equal("web-2", named.GetRequiredService<ModelInstance>().Name);
        Assert.NotEqual(first.GetRequiredService<ModelInstance>().Name, second.GetRequiredService<ModelInstance>().Name);
        Assert.StartsWith(Environment.MachineName, first.GetRequiredService<ModelInstance>().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_retrain_daily_sync_every_minute_and_hold_the_lease_five_minutes()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<ModelTrainingOptions>>().Value;

        Assert.Equal((TimeSpan.FromDays(1), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)), (options.RetrainEvery, options.SyncEvery, options.LeaseTtl));
    }

    [Theory]
    [InlineData("Analytics:Training:MaxClusterCount", "1")]
    [InlineData("Analytics:Training:LeaseTtl", "00:00:01")]
    public void Invalid_training_settings_are_refused(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ModelTrainingOptions>>().Value);
    }
}
