using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintOps.Data.Persistence.Providers;

/// <summary>SQLite cannot order DateTimeOffset in SQL; every stored instant is UTC, so a binary (ticks) column is exact and sortable.</summary>
public sealed class SqliteComplaintOpsDbContext(DbContextOptions<SqliteComplaintOpsDbContext> options) : ComplaintOpsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

public sealed class SqlServerComplaintOpsDbContext(DbContextOptions<SqlServerComplaintOpsDbContext> options) : ComplaintOpsDbContext(options);

public sealed class PostgresComplaintOpsDbContext(DbContextOptions<PostgresComplaintOpsDbContext> options) : ComplaintOpsDbContext(options);
