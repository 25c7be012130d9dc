using Microsoft.EntityFrameworkCore.Design;

namespace ComplaintOps.Data.Persistence.Providers;

// `dotnet ef` uses these, never appsettings: the connection strings are placeholders (migrations are generated, not applied).
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteComplaintOpsDbContext>
{
    public SqliteComplaintOpsDbContext CreateDbContext(string[] args) =>
        (SqliteComplaintOpsDbContext)ProviderSetup.Create(DatabaseProvider.Sqlite, "Data Source=design.db");
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresComplaintOpsDbContext>
{
    public PostgresComplaintOpsDbContext CreateDbContext(string[] args) =>
        (PostgresComplaintOpsDbContext)ProviderSetup.Create(DatabaseProvider.Postgres, "Host=localhost;Database=complaintops_design");
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerComplaintOpsDbContext>
{
    public SqlServerComplaintOpsDbContext CreateDbContext(string[] args) =>
        (SqlServerComplaintOpsDbContext)ProviderSetup.Create(DatabaseProvider.SqlServer, "Server=localhost;Database=ComplaintOpsDesign;Trusted_Connection=True;TrustServerCertificate=True");
}
