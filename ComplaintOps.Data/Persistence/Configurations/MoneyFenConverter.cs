using ComplaintOps.Data.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintOps.Data.Persistence.Configurations;

/// <summary>
/// Yuan ⇄ integer fen. Exact on SQLite, PostgreSQL and SQL Server alike, and it throws rather than write an amount
/// outside <see cref="Money"/>'s range (the validators refuse those first, naming the field).
/// </summary>
public sealed class MoneyFenConverter() : ValueConverter<decimal, long>(v => Money.ToFen(v), v => Money.FromFen(v))
{
    public static MoneyFenConverter Instance { get; } = new();
}
