using ComplaintOps.Analytics;
using ComplaintOps.Data;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>The real data-layer composition (AddComplaintOpsData, AddComplaintOpsAnalytics) on a test database with a controllable clock.</summary>
public static class TestServices
{
    public static async Task<ServiceProvider> StartAsync(TestDatabase database, FakeTimeProvider clock, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Demo:Seed"] = "false",
            ["Audit:HistoryKey"] = TestRules.HistoryKey,
            ["PersonalData:LookupKey"] = TestRules.LookupKey,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddLogging();
        services.AddSingleton(TestRules.DataProtection);
        configure?.Invoke(services);
        services.AddComplaintOpsData(configuration);
        // Model files (written only by training tests) go under a fresh temp folder; the test that trains deletes it.
        services.AddComplaintOpsAnalytics();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        return provider;
    }

    /// <summary>A context of its own on the test database, with the tests' key ring (reads what TestServices wrote).</summary>
    public static ComplaintOpsDbContext OpenContext(TestDatabase database) =>
        ProviderSetup.Create(database.Provider, database.ConnectionString, TestRules.PersonalData);
}
