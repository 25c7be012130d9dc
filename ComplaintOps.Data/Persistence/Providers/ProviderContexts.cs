using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintOps.Data.Persistence.Providers;

/// <summary>
/// SQLite cannot order DateTimeOffset in SQL. Every stored instant is UTC, so it is stored as its UTC ticks: an exact,
/// sortable integer (EF's DateTimeOffsetToBinaryConverter would drop precision below 100 µs). Money needs no convention
/// here: it is integer fen on every provider (MoneyFenConverter), never a lossy REAL.
/// </summary>
public sealed class SqliteComplaintOpsDbContext(DbContextOptions<SqliteComplaintOpsDbContext> options) : ComplaintOpsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

public sealed class SqlServerComplaintOpsDbContext(DbContextOptions<SqlServerComplaintOpsDbContext> options) : ComplaintOpsDbContext(options);

public sealed class PostgresComplaintOpsDbContext(DbContextOptions<PostgresComplaintOpsDbContext> options) : ComplaintOpsDbContext(options);

/// <summary>DateTimeOffset (UTC) ⇄ UTC ticks.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
