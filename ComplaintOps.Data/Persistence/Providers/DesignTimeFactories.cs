using ComplaintOps.Data.Persistence.PersonalData;
using Microsoft.EntityFrameworkCore.Design;

namespace ComplaintOps.Data.Persistence.Providers;

// `dotnet ef` uses these, never appsettings: the connection strings are placeholders (migrations are generated, not applied),
// and personal data passes through unencrypted because no row is ever read or written at design time.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteComplaintOpsDbContext>
{
    public SqliteComplaintOpsDbContext CreateDbContext(string[] args) =>
        (SqliteComplaintOpsDbContext)ProviderSetup.Create(DatabaseProvider.Sqlite, "Data Source=design.db", PersonalDataProtection.DesignTimeOnly);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresComplaintOpsDbContext>
{
    public PostgresComplaintOpsDbContext CreateDbContext(string[] args) =>
        (PostgresComplaintOpsDbContext)ProviderSetup.Create(DatabaseProvider.Postgres, "Host=localhost;Database=complaintops_design", PersonalDataProtection.DesignTimeOnly);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerComplaintOpsDbContext>
{
    public SqlServerComplaintOpsDbContext CreateDbContext(string[] args) =>
        (SqlServerComplaintOpsDbContext)ProviderSetup.Create(DatabaseProvider.SqlServer, "Server=localhost;Database=ComplaintOpsDesign;Trusted_Connection=True;TrustServerCertificate=True", PersonalDataProtection.DesignTimeOnly);
}
