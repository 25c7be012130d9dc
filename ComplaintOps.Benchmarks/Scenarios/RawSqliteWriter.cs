using ComplaintOps.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Inserts entities with hand-prepared ADO.NET commands: no change tracking, no EF pipeline. Table and column names and the
/// value conversions are read once from the EF model so the rows written are exactly the ones EF would write.
/// </summary>
public sealed class RawSqliteWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<Type, (SqliteCommand Command, (IProperty Property, SqliteParameter Parameter)[] Columns)> _inserts = [];

    public RawSqliteWriter(string connectionString, IModel model, params Type[] entityTypes)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
            pragma.ExecuteNonQuery();
        }

        foreach (var type in entityTypes)
        {
            var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type} is not mapped.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var properties = entity.GetProperties().Where(p => !p.IsShadowProperty()).ToArray();
            var command = _connection.CreateCommand();
            var names = properties.Select(p => $"\"{p.GetColumnName(table)}\"");
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", names)}) VALUES ({string.Join(", ", properties.Select((_, i) => $"$p{i}"))})";
            var columns = properties.Select((p, i) => (p, command.Parameters.Add(new SqliteParameter($"$p{i}", null)))).ToArray();
            command.Prepare();
            _inserts[type] = (command, columns);
        }
    }

    /// <summary>Writes the given entities in one transaction.</summary>
    public void Insert(IEnumerable<object> entities)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var entity in entities)
        {
            var (command, columns) = _inserts[entity.GetType()];
            command.Transaction = transaction;
            foreach (var (property, parameter) in columns)
            {
                var value = property.PropertyInfo is { } pi ? pi.GetValue(entity) : property.FieldInfo!.GetValue(entity);
                var converter = property.GetTypeMapping().Converter;
                parameter.Value = (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
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
