using ComplaintOps.Data;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Providers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// A fresh database with the real data-layer composition, migrated by the real <see cref="DatabaseInitializer"/> and
/// removed afterwards: a SQLite file in the temp folder, or a throwaway PostgreSQL database complaintops_bench_&lt;guid&gt;.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    /// <summary>The PostgreSQL server used when COMPLAINTOPS_BENCH_POSTGRES is not set (the local development server).</summary>
    public const string DefaultPostgresServer = "Host=localhost;Username=postgres;Password=postgres";

    private readonly string? _postgresServer;

    private BenchmarkDatabase(DatabaseProvider provider, string connectionString, string name, string? postgresServer, ServiceProvider services)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Name = name;
        _postgresServer = postgresServer;
        Services = services;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file path or the PostgreSQL database name.</summary>
    public string Name { get; }

    public ServiceProvider Services { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        string connectionString, name;
        string? server = null;
        if (provider == DatabaseProvider.Postgres)
        {
            server = Environment.GetEnvironmentVariable("COMPLAINTOPS_BENCH_POSTGRES") ?? DefaultPostgresServer;
            name = $"complaintops_bench_{Guid.NewGuid():N}";
            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;   // the migrator creates it
        }
        else if (provider == DatabaseProvider.Sqlite)
        {
            name = Path.Combine(Path.GetTempPath(), $"complaintops-bench-{Guid.NewGuid():N}.db");
            connectionString = $"Data Source={name}";
        }
        else
        {
            throw new NotSupportedException($"No benchmark database for {provider}.");
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString,
            ["Demo:Seed"] = "false",
            ["Audit:HistoryKey"] = BenchmarkSeal.Key,
            ["PersonalData:LookupKey"] = BenchmarkSeal.LookupKey,
        }).Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        collection.AddDataProtection().SetApplicationName("ComplaintOps").PersistKeysToFileSystem(new DirectoryInfo(BenchmarkSeal.KeyDirectory));
        var services = collection.AddComplaintOpsData(configuration).BuildServiceProvider();
        var database = new BenchmarkDatabase(provider, connectionString, name, server, services);
        try
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_postgresServer) { Database = "postgres" }.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Name, Name + "-wal", Name + "-shm" })
        {
            File.Delete(file);
        }
    }
}
