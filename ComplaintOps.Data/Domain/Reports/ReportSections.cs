namespace ComplaintOps.Data.Domain.Reports;

/// <summary>The section names of the figures (resx "Report.Section.&lt;name&gt;"), in the order a report shows them.</summary>
public static class ReportSections
{
    public const string Totals = "totals";
    public const string Category = "category";
    public const string Channel = "channel";
    public const string Product = "product";
    public const string Region = "region";
    public const string Severity = "severity";
    public const string Timeliness = "timeliness";
    public const string ClosedWithinDays = "closedDays";
    public const string ClosedWithinWorkingDays = "closedWorkingDays";
    public const string Redress = "redress";
    public const string Major = "major";
    public const string Regulator = "regulator";
    public const string Topic = "topic";
    public const string Appeals = "appeals";
    public const string Review = "review";
    public const string Normalised = "normalised";

    public static readonly IReadOnlyList<string> Order =
        [Totals, Timeliness, Category, Channel, Product, Region, Severity, ClosedWithinDays, ClosedWithinWorkingDays, Redress, Major, Regulator,
         Appeals, Review, Topic, Normalised];

    /// <summary>Rows for items that have no value (no category yet, no region recorded).</summary>
    public const string None = "-";
}
