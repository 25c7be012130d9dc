using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Reports;

/// <summary>
/// The public disclosure summary: counts and rates by category, region and channel, nothing else. Every item is a catalog
/// code or an enum name (never a text a person typed: a category or region outside the catalogs is shown as "-"), so no
/// personal data and no free text can reach it. Its complaint ids stay inside the bank (drill-down), never in its exports.
/// </summary>
public static class DisclosureReport
{
    public static readonly IReadOnlyList<string> Sections =
        [ReportSections.Totals, ReportSections.Timeliness, ReportSections.Category, ReportSections.Region, ReportSections.Channel];

    public static IReadOnlyList<ReportFigure> Build(IReadOnlyCollection<ReportFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var figures = new List<ReportFigure> { SemiAnnualReport.Count(ReportSections.Totals, "received", facts) };
        figures.AddRange(SemiAnnualReport.Timeliness(facts).Where(f => f.Item is "rate" or "satisfaction"));
        figures.AddRange(SemiAnnualReport.By(ReportSections.Category, facts, f => Categories.Exists(f.Category ?? "") ? f.Category : null));
        figures.AddRange(SemiAnnualReport.By(ReportSections.Region, facts, f => Regions.Exists(f.Region ?? "") ? f.Region : null));
        figures.AddRange(SemiAnnualReport.By(ReportSections.Channel, facts, f => f.Channel.ToString()));
        return figures;
    }
}
