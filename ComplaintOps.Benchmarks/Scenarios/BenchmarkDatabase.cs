using ComplaintOps.Data;
using ComplaintOps.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>A fresh SQLite file with the real data-layer composition, deleted afterwards.</summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private BenchmarkDatabase(string path, ServiceProvider services)
    {
        Path = path;
        Services = services;
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public ServiceProvider Services { get; }

    public static async Task<BenchmarkDatabase> CreateAsync()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"complaintops-bench-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={path}",
            ["Demo:Seed"] = "false",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddComplaintOpsData(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        return new BenchmarkDatabase(path, services);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
