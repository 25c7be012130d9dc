using ComplaintOps.Data.Domain.Reports;

namespace ComplaintOps.Data.Features.Reports;

/// <summary>Who signed a report off and whether its stored seal still verifies.</summary>
public sealed record SignOffInfo(Guid SnapshotId, string SignedById, string SignedByName, DateTimeOffset SignedAtUtc, string Hash, bool Verifies);

/// <summary>
/// A report as a page shows it: when signed, the figures ARE the snapshot's (what was sent) and <see cref="Changes"/> says
/// what a re-run gives differently; when not, the figures of a run now.
/// </summary>
public sealed record ReportView(
    ReportKind Kind,
    ReportPeriod Period,
    IReadOnlyList<ReportFigure> Figures,
    SignOffInfo? SignOff,
    IReadOnlyList<FigureChange> Changes,
    InstitutionFiguresView? Institution,
    bool CanSignOff)
{
    public ReportFigure? Figure(string key) => Figures.FirstOrDefault(f => f.Key == key);
}

public sealed record InstitutionFiguresView(int Branches, long PersonalCustomers, decimal? MedianPerThousandBranches, decimal? MedianPerTenMillionCustomers,
    string? MediansSource, string EnteredByName, DateTimeOffset EnteredAtUtc);

/// <summary>The next semi-annual report due and whether it is signed: the reminder banner.</summary>
public sealed record ReportDue(ReportPeriod Period, DateOnly Due, int DaysLeft, bool Signed, bool Remind);
