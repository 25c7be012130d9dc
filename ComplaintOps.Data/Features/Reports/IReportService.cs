using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Queue;

namespace ComplaintOps.Data.Features.Reports;

/// <summary>Reports: run, drill down, freeze and sign off, institution figures. Reads need ViewReports, sign-off and figures SignOffReports.</summary>
public interface IReportService
{
    Task<ReportView> GetAsync(ReportKind kind, ReportPeriod period, Actor viewer, CancellationToken cancellationToken);

    /// <summary>The complaints behind a figure (the snapshot's ids when signed), those the viewer may see, personal data masked.</summary>
    Task<DrillResult> DrillAsync(ReportKind kind, ReportPeriod period, string figureKey, Actor viewer, CancellationToken cancellationToken);

    /// <summary>The listed complaints the viewer may see, personal data masked (the rows of a drill-down of any report).</summary>
    Task<DrillResult> ListAsync(ReportFigure figure, Actor viewer, CancellationToken cancellationToken);

    /// <summary>Freezes the figures of a run now; refused when the period is already signed or the actor lacks SignOffReports.</summary>
    Task<SignOffInfo> SignOffAsync(ReportKind kind, ReportPeriod period, Actor actor, CancellationToken cancellationToken);

    Task EnterInstitutionFiguresAsync(ReportPeriod period, int branches, long personalCustomers, decimal? medianPerThousandBranches,
        decimal? medianPerTenMillionCustomers, string? mediansSource, Actor actor, CancellationToken cancellationToken);

    /// <summary>The semi-annual report due next at <paramref name="nowUtc"/> (the last half-year that has ended).</summary>
    Task<ReportDue> DueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken);
}

/// <summary>The complaints behind a figure: <see cref="Hidden"/> of them are outside the viewer's scope.</summary>
public sealed record DrillResult(ReportFigure? Figure, IReadOnlyList<QueueRow> Rows, int Hidden);
