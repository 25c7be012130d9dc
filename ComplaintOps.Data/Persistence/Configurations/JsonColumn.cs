using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

/// <summary>
/// A frozen list stored as one JSON text column (the same on every provider). For snapshots that are written once and
/// read whole, never queried into: a meeting's participants and an agenda item's figures and complaints.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<IReadOnlyList<T>> AsJson<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
                v => JsonSerializer.Serialize(v, Options),
                s => (IReadOnlyList<T>)(JsonSerializer.Deserialize<List<T>>(s, Options) ?? new List<T>()),
                new ValueComparer<IReadOnlyList<T>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList()))
            .IsRequired();
}
