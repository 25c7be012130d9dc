namespace ComplaintOps.Data.Domain.Reports;

/// <summary>How one figure moved between a signed snapshot and a re-run: values and the complaints added and removed.</summary>
public sealed record FigureChange(string Key, decimal? Signed, decimal? Now, IReadOnlyList<Guid> Added, IReadOnlyList<Guid> Removed);

/// <summary>What moved since a report was signed, figure by figure; unchanged figures are left out.</summary>
public static class ReportDiff
{
    public static IReadOnlyList<FigureChange> Between(IEnumerable<ReportFigure> signed, IEnumerable<ReportFigure> now)
    {
        var before = signed.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var after = now.ToDictionary(f => f.Key, StringComparer.Ordinal);
        return before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(key =>
            {
                var b = before.GetValueOrDefault(key);
                var a = after.GetValueOrDefault(key);
                var idsBefore = b?.Ids ?? [];
                var idsAfter = a?.Ids ?? [];
                return new FigureChange(key, b?.Value, a?.Value, [.. idsAfter.Except(idsBefore).Order()], [.. idsBefore.Except(idsAfter).Order()]);
            })
            .Where(c => c.Signed != c.Now || c.Added.Count > 0 || c.Removed.Count > 0)
            .ToList();
    }
}
