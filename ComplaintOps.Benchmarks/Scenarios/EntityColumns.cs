using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// One entity type's table, columns and value conversions, read from the EF model, so raw writers store exactly what EF
/// would: enums as strings, DateTimeOffset as UTC ticks (SQLite) or timestamptz (PostgreSQL), lists as JSON or arrays.
/// </summary>
public sealed class EntityColumns
{
    private EntityColumns(string table, Column[] columns)
    {
        Table = table;
        Columns = columns;
    }

    public string Table { get; }

    public IReadOnlyList<Column> Columns { get; }

    /// <summary>The quoted column list, e.g. <c>"Id", "Reference"</c>.</summary>
    public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    public static EntityColumns Of(IModel model, Type type)
    {
        var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !p.IsShadowProperty())
            .Select(p => new Column(p.GetColumnName(table)!, p.GetColumnType(table), ReaderOf(p)))
            .ToArray();
        return new EntityColumns(table.Name, columns);
    }

    private static Func<object, object?> ReaderOf(IProperty property)
    {
        var converter = property.GetTypeMapping().Converter;
        var get = Getter(property);
        return converter is null ? get : entity => get(entity) is { } value ? converter.ConvertToProvider(value) : null;
    }

    /// <summary>A compiled <c>entity => (object)((T)entity).Property</c>: reflection's GetValue would dominate a bulk load.</summary>
    private static Func<object, object?> Getter(IProperty property)
    {
        var entity = Expression.Parameter(typeof(object), "entity");
        var typed = Expression.Convert(entity, property.DeclaringType.ClrType);
        Expression member = property.PropertyInfo is { } pi ? Expression.Property(typed, pi) : Expression.Field(typed, property.FieldInfo!);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(member, typeof(object)), entity).Compile();
    }

    /// <param name="StoreType">The provider's column type, e.g. <c>character varying(32)</c> or <c>INTEGER</c>.</param>
    /// <param name="Read">The value as the provider stores it (converted), or null.</param>
    public sealed record Column(string Name, string StoreType, Func<object, object?> Read);
}
