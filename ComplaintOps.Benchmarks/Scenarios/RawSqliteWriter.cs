using ComplaintOps.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Inserts entities with hand-prepared ADO.NET commands: no change tracking, no EF pipeline. Table and column names and the
/// value conversions are read once from the EF model (<see cref="EntityColumns"/>) so the rows written are exactly the
/// ones EF would write.
/// </summary>
public sealed class RawSqliteWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<Type, (SqliteCommand Command, (EntityColumns.Column Column, SqliteParameter Parameter)[] Columns)> _inserts = [];

    /// <param name="bulkLoad">
    /// For filling a throwaway database: no sync at commits and a 512 MB page cache (instead of SQLite's 2 MB) so
    /// index pages are not re-read on every insert. Off: the application's own settings.
    /// </param>
    public RawSqliteWriter(string connectionString, IModel model, Type[] entityTypes, bool bulkLoad = false)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; " +
                (bulkLoad ? "PRAGMA synchronous=OFF; PRAGMA cache_size=-524288;" : "PRAGMA synchronous=NORMAL;");
            pragma.ExecuteNonQuery();
        }

        foreach (var type in entityTypes)
        {
            var map = EntityColumns.Of(model, type);
            var command = _connection.CreateCommand();
            command.CommandText = $"INSERT INTO \"{map.Table}\" ({map.ColumnList}) VALUES ({string.Join(", ", map.Columns.Select((_, i) => $"$p{i}"))})";
            var columns = map.Columns.Select((c, i) => (c, command.Parameters.Add(new SqliteParameter($"$p{i}", null)))).ToArray();
            command.Prepare();
            _inserts[type] = (command, columns);
        }
    }

    /// <summary>Writes the given entities in one transaction (one complaint's rows, or a bulk batch of thousands).</summary>
    public void Insert(IEnumerable<object> entities)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var entity in entities)
        {
            var (command, columns) = _inserts[entity.GetType()];
            command.Transaction = transaction;
            foreach (var (column, parameter) in columns)
            {
                parameter.Value = column.Read(entity) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        foreach (var (command, _) in _inserts.Values)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    public static IModel ModelOf(ComplaintOpsDbContext db) => db.Model;
}
