namespace ComplaintOps.Web.Reports;

/// <summary>One figure as a row of the CSV and XLSX exports (column names stay English so that a reader can rely on them).</summary>
public sealed class ReportExportRow
{
    public string Section { get; init; } = "";

    public string SectionName { get; init; } = "";

    public string Item { get; init; } = "";

    public string Name { get; init; } = "";

    public string Unit { get; init; } = "";

    public decimal Value { get; init; }

    /// <summary>How many complaints are behind the figure (their ids are on the Complaints sheet of the XLSX).</summary>
    public int Complaints { get; init; }
}

/// <summary>A complaint behind a figure, on the XLSX's Complaints sheet (internal reports only, never the disclosure).</summary>
public sealed class ReportExportComplaint
{
    public string Figure { get; init; } = "";

    public string ComplaintId { get; init; } = "";
}
