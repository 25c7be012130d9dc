namespace ComplaintOps.Data.Persistence.Providers;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
