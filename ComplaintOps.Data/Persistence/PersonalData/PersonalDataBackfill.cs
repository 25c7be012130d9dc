using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Persistence.PersonalData;

/// <summary>
/// Encrypts complaints written before personal data was encrypted (the migration that widened the columns cannot: it has
/// no key). Such rows are recognised by a name that is not a Data Protection payload (those begin "CfDJ8", the base64 of
/// the payload's magic header). Raw SQL, because the model would try to decrypt the plain values.
/// </summary>
public static class PersonalDataBackfill
{
    private const string PayloadPrefix = "CfDJ8";
    private const int Batch = 500;

    /// <summary>The number of complaints encrypted (0 once done).</summary>
    public static async Task<int> RunAsync(ComplaintOpsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var protection = db.PersonalData;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var plain = await ReadPlainAsync(connection, cancellationToken);
            foreach (var chunk in plain.Chunk(Batch))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                foreach (var row in chunk)
                {
                    await using var update = connection.CreateCommand();
                    update.Transaction = transaction;
                    update.CommandText = """
                        UPDATE "Complaints" SET "CustomerName" = @name, "CustomerPhone" = @phone, "CustomerEmail" = @email,
                        "CustomerIdNumber" = @id, "CustomerAccount" = @account, "CustomerPhoneLookup" = @phoneLookup,
                        "CustomerIdNumberLookup" = @idLookup WHERE "Id" = @key
                        """;
                    Add(update, "name", protection.Protect(row.Name));
                    Add(update, "phone", row.Phone is null ? null : protection.Protect(row.Phone));
                    Add(update, "email", row.Email is null ? null : protection.Protect(row.Email));
                    Add(update, "id", row.IdNumber is null ? null : protection.Protect(row.IdNumber));
                    Add(update, "account", row.Account is null ? null : protection.Protect(row.Account));
                    Add(update, "phoneLookup", protection.Lookup.Phone(row.Phone));
                    Add(update, "idLookup", protection.Lookup.IdNumber(row.IdNumber));
                    Add(update, "key", row.Key);
                    await update.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            return plain.Count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<PlainRow>> ReadPlainAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"""
            SELECT "Id", "CustomerName", "CustomerPhone", "CustomerEmail", "CustomerIdNumber", "CustomerAccount"
            FROM "Complaints" WHERE "CustomerName" NOT LIKE '{PayloadPrefix}%'
            """;
        var rows = new List<PlainRow>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PlainRow(reader.GetValue(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5)));
        }

        return rows;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private sealed record PlainRow(object Key, string Name, string? Phone, string? Email, string? IdNumber, string? Account);
}
