using ComplaintOps.Data.Persistence.Providers;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>A real, empty database of one provider for one test class.</summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public abstract DatabaseProvider Provider { get; }

    public string ConnectionString { get; protected set; } = "";

    public abstract ValueTask InitializeAsync();

    public abstract ValueTask DisposeAsync();
}

/// <summary>A SQLite file in the temp folder (a file, not :memory:, so parallel connections behave as in production).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"complaintops-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override ValueTask InitializeAsync()
    {
        ConnectionString = $"Data Source={_path};Pooling=False";
        return ValueTask.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A fresh database on the PostgreSQL server named by COMPLAINTOPS_TEST_POSTGRES (a server connection string).
/// Outside CI a missing server skips the test; under CI=true it fails it, because CI starts a real server.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string EnvironmentVariable = "COMPLAINTOPS_TEST_POSTGRES";

    private readonly string _name = $"complaintops_test_{Guid.NewGuid():N}";
    private string? _server;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable);

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Call first in every PostgreSQL test.</summary>
    public static void RequireServer()
    {
        if (string.IsNullOrWhiteSpace(ServerConnectionString))
        {
            if (UnderCi)
            {
                Assert.Fail($"CI=true but {EnvironmentVariable} is not set: the PostgreSQL tests must run in CI.");
            }

            Assert.Skip($"Set {EnvironmentVariable} to a PostgreSQL server connection string to run this test.");
        }
    }

    public override async ValueTask InitializeAsync()
    {
        _server = ServerConnectionString;
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        await using var connection = new Npgsql.NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE {_name}", connection);
        await command.ExecuteNonQueryAsync();
        ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var connection = new Npgsql.NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
