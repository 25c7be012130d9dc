using System.Globalization;
using System.Text;

namespace ComplaintOps.Data.Domain.Reports;

/// <summary>
/// The canonical text of a set of figures: one line per figure, sorted by key (ordinal), "key TAB unit TAB value TAB
/// ids" with the value in invariant culture without trailing zeros and the ids sorted and comma-separated. A snapshot
/// stores exactly this text and its seal is computed over it, so reading it back needs no serializer whose output could
/// drift between versions.
/// </summary>
public static class ReportCanonical
{
    public static string Write(IEnumerable<ReportFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var text = new StringBuilder();
        foreach (var f in figures.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (f.Key.Contains('\t', StringComparison.Ordinal) || f.Key.Contains('\n', StringComparison.Ordinal))
            {
                throw new ArgumentException($"A figure key cannot contain a tab or a line break: '{f.Key}'.", nameof(figures));
            }

            text.Append(f.Key).Append('\t').Append(f.Unit).Append('\t').Append(Value(f.Value)).Append('\t')
                .AppendJoin(',', f.Ids.Order().Select(id => id.ToString("D"))).Append('\n');
        }

        return text.ToString();
    }

    public static IReadOnlyList<ReportFigure> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var figures = new List<ReportFigure>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            var dot = parts[0].IndexOf('.', StringComparison.Ordinal);
            var ids = parts[3].Length == 0 ? [] : parts[3].Split(',').Select(Guid.Parse).ToList();
            figures.Add(new ReportFigure(parts[0][..dot], parts[0][(dot + 1)..], Enum.Parse<FigureUnit>(parts[1]),
                decimal.Parse(parts[2], NumberStyles.Number, CultureInfo.InvariantCulture), ids));
        }

        return figures;
    }

    /// <summary>1.50 and 1.5 are one value: the scale a decimal happens to carry must not change the text.</summary>
    private static string Value(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
