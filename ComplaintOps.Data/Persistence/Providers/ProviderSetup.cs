using ComplaintOps.Data.Persistence.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ComplaintOps.Data.Persistence.Providers;

/// <summary>How each provider is switched on; shared by the app, design-time factories and tests.</summary>
public static class ProviderSetup
{
    public static void Use(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, PersonalDataProtection personalData)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(personalData);
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

        UsePersonalData(options, personalData);
    }

    /// <summary>Puts the application's personal data protection into the options (every ComplaintOpsDbContext needs it).</summary>
    public static void UsePersonalData(DbContextOptionsBuilder options, PersonalDataProtection personalData)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(personalData);
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new PersonalDataOptionsExtension(personalData));
        options.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>();
    }

    public static ComplaintOpsDbContext Create(DatabaseProvider provider, string connectionString, PersonalDataProtection personalData, params IInterceptor[] interceptors)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                return new SqliteComplaintOpsDbContext(Build<SqliteComplaintOpsDbContext>(provider, connectionString, personalData, interceptors));
            case DatabaseProvider.Postgres:
                return new PostgresComplaintOpsDbContext(Build<PostgresComplaintOpsDbContext>(provider, connectionString, personalData, interceptors));
            case DatabaseProvider.SqlServer:
                return new SqlServerComplaintOpsDbContext(Build<SqlServerComplaintOpsDbContext>(provider, connectionString, personalData, interceptors));
            default:
                throw new InvalidOperationException($"Unsupported database provider {provider}.");
        }
    }

    private static DbContextOptions<T> Build<T>(DatabaseProvider provider, string connectionString, PersonalDataProtection personalData, IInterceptor[] interceptors)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        Use(builder, provider, connectionString, personalData);
        builder.AddInterceptors(interceptors);
        return builder.Options;
    }
}
