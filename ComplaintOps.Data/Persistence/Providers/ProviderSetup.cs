using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Persistence.Providers;

/// <summary>How each provider is switched on; shared by the app, design-time factories and tests.</summary>
public static class ProviderSetup
{
    public static void Use(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory")),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.EnableRetryOnFailure()),
            _ => throw new InvalidOperationException($"Unsupported database provider {provider}."),
        };
        if (provider == DatabaseProvider.Sqlite)
        {
            options.AddInterceptors(SqlitePragmaInterceptor.Instance);
        }
    }

    public static ComplaintOpsDbContext Create(DatabaseProvider provider, string connectionString, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                return new SqliteComplaintOpsDbContext(Build<SqliteComplaintOpsDbContext>(provider, connectionString, interceptors));
            case DatabaseProvider.Postgres:
                return new PostgresComplaintOpsDbContext(Build<PostgresComplaintOpsDbContext>(provider, connectionString, interceptors));
            case DatabaseProvider.SqlServer:
                return new SqlServerComplaintOpsDbContext(Build<SqlServerComplaintOpsDbContext>(provider, connectionString, interceptors));
            default:
                throw new InvalidOperationException($"Unsupported database provider {provider}.");
        }
    }

    private static DbContextOptions<T> Build<T>(DatabaseProvider provider, string connectionString, Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        Use(builder, provider, connectionString);
        builder.AddInterceptors(interceptors);
        return builder.Options;
    }
}
