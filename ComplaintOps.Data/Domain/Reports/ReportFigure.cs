namespace ComplaintOps.Data.Domain.Reports;

/// <summary>
/// One figure of a report, with the complaints behind it (for a rate: the complaints it is computed over), so every
/// figure drills down and a signed snapshot keeps exactly which complaints it counted. Key = "section.item".
/// </summary>
public sealed record ReportFigure(string Section, string Item, FigureUnit Unit, decimal Value, IReadOnlyList<Guid> Ids)
{
    public string Key => Section + "." + Item;
}
