using System.Globalization;
using ComplaintOps.Analytics.Reports;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Reports;

/// <summary>How figures read on the pages and in the exports: section titles, item names from the catalogs, values by unit.</summary>
public static class ReportLabels
{
    public static string Section(IStringLocalizer<SharedResource> l, string section) => l[$"Report.Section.{section}"];

    public static string Item(IStringLocalizer<SharedResource> l, ReportFigure figure, TopicNames? topics)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Item == ReportSections.None)
        {
            return l["Report.None"];
        }

        return figure.Section switch
        {
            ReportSections.Category => Labels.Category(figure.Item),
            ReportSections.Region => Labels.Region(figure.Item),
            ReportSections.Channel => l[$"Channel.{figure.Item}"],
            ReportSections.Severity => l[$"Severity.{figure.Item}"],
            ReportSections.Product when figure.Item == SemiAnnualReport.OtherProducts => l["Report.OtherProducts"],
            ReportSections.Product => figure.Item,
            ReportSections.Topic when int.TryParse(figure.Item, CultureInfo.InvariantCulture, out var key) =>
                topics?.Of(new TopicKey(key)) ?? "#" + figure.Item,
            ReportSections.Review when figure.Item != "requested" => l[$"ReviewOutcome.{figure.Item}"],
            MonthlyOperationsReport.Department when figure.Item.Contains('.', StringComparison.Ordinal) => DepartmentItem(l, figure.Item),
            MonthlyOperationsReport.Trend => figure.Item,
            MonthlyOperationsReport.Actions => l[$"Actions.State.{figure.Item}"],
            _ => l[$"Report.Item.{figure.Section}.{figure.Item}"],
        };
    }

    /// <summary>"CARDS.timely" reads "Card Center · timely rate".</summary>
    private static string DepartmentItem(IStringLocalizer<SharedResource> l, string item)
    {
        var dot = item.LastIndexOf('.');
        var department = item[..dot] == ReportSections.None ? l["Report.None"] : Labels.Department(item[..dot]);
        return $"{department} · {l[$"Report.Item.department.{item[(dot + 1)..]}"]}";
    }

    public static string Value(ReportFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Unit switch
        {
            FigureUnit.Count => figure.Value.ToString("N0", CultureInfo.CurrentCulture),
            FigureUnit.Rate => figure.Value.ToString("P1", CultureInfo.CurrentCulture),
            FigureUnit.Money => "¥" + figure.Value.ToString("N2", CultureInfo.CurrentCulture),
            _ => figure.Value.ToString("#,0.##", CultureInfo.CurrentCulture),
        };
    }

    public const string MonthlySlug = "monthly";

    /// <summary>"semiannual" / "disclosure" in addresses.</summary>
    public static string Slug(ReportKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParseKind(string? slug, out ReportKind kind) =>
        Enum.TryParse(slug, ignoreCase: true, out kind) && Enum.IsDefined(kind);
}
