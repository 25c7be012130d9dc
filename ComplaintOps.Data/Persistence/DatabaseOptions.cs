using System.ComponentModel.DataAnnotations;
using ComplaintOps.Data.Persistence.Providers;

namespace ComplaintOps.Data.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required]
    public string ConnectionString { get; set; } = "Data Source=App_Data/complaintops.db";

    /// <summary>Apply pending migrations at start-up (default on; turn off where a DBA applies scripts).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
