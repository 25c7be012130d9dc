using System.Data.Common;
using ComplaintOps.Data.Persistence.Providers;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// A table's secondary indexes (all but the primary key), dropped before a bulk load and rebuilt after it from their own
/// stored definitions, so the schema ends exactly as the migrations made it. Building an index once over sorted input is
/// far cheaper than a million random insertions into it.
/// </summary>
public sealed class SecondaryIndexes
{
    private readonly List<(string Name, string Definition)> _dropped;

    private SecondaryIndexes(List<(string Name, string Definition)> dropped) => _dropped = dropped;

    public int Count => _dropped.Count;

    public static async Task<SecondaryIndexes> DropAsync(DbConnection connection, DatabaseProvider provider, string table, CancellationToken cancellationToken)
    {
        var list = provider switch
        {
            // sql is null for the automatic index behind the primary key.
            DatabaseProvider.Sqlite => $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL",
            DatabaseProvider.Postgres => $"SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = '{table}' AND i.schemaname = current_schema() " +
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
            _ => throw new NotSupportedException(provider.ToString()),
        };
        var dropped = new List<(string, string)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = list;
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                dropped.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in dropped)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"", cancellationToken);
        }

        return new SecondaryIndexes(dropped);
    }

    public async Task RestoreAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        foreach (var (_, definition) in _dropped)
        {
            await ExecuteAsync(connection, definition, cancellationToken);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
