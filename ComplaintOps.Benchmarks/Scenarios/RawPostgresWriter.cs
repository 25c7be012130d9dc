using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Bulk-loads entities of one type with PostgreSQL binary COPY. Columns, conversions and store types come from the EF
/// model (<see cref="EntityColumns"/>), so the rows are the ones EF would write (enums as text, instants as timestamptz).
/// </summary>
public sealed class RawPostgresWriter(string connectionString, IModel model, Type entityType)
{
    private readonly EntityColumns _map = EntityColumns.Of(model, entityType);

    /// <summary>Copies <paramref name="entities"/> in one COPY; returns the number of rows written.</summary>
    public async Task<ulong> CopyAsync(IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        var types = _map.Columns.Select(c => DataTypeName(c.StoreType)).ToArray();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var import = await connection.BeginBinaryImportAsync($"COPY \"{_map.Table}\" ({_map.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var entity in entities)
        {
            await import.StartRowAsync(cancellationToken);
            for (var i = 0; i < types.Length; i++)
            {
                if (_map.Columns[i].Read(entity) is { } value)
                {
                    await import.WriteAsync(value, types[i], cancellationToken);
                }
                else
                {
                    await import.WriteNullAsync(cancellationToken);
                }
            }
        }

        return await import.CompleteAsync(cancellationToken);
    }

    /// <summary>"character varying(32)" → "character varying", "numeric(18,2)" → "numeric"; arrays keep their brackets.</summary>
    private static string DataTypeName(string storeType)
    {
        var open = storeType.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return storeType;
        }

        var close = storeType.IndexOf(')', open);
        return (storeType[..open] + storeType[(close + 1)..]).Trim();
    }
}
