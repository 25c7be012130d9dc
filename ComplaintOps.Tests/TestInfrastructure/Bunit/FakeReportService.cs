using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Queue;
using ComplaintOps.Data.Features.Reports;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>
/// Serves the figures a test sets; signing off goes through the real <see cref="ReportSnapshot.SignOff"/> (its permission
/// check and seal), so a component test sees the domain's refusal, not the fake's.
/// </summary>
public sealed class FakeReportService : IReportService
{
    public List<ReportFigure> Figures { get; } = [];

    public List<QueueRow> DrillRows { get; } = [];

    public ReportSnapshot? Snapshot { get; private set; }

    public ReportDue Due { get; set; } = new(new ReportPeriod(2026, 1), new DateOnly(2026, 7, 30), 10, Signed: false, Remind: true);

    public Task<ReportView> GetAsync(ReportKind kind, ReportPeriod period, Actor viewer, CancellationToken cancellationToken)
    {
        if (!viewer.Has(Permission.ViewReports))
        {
            throw ForbiddenException.Lacking(Permission.ViewReports);
        }

        var signed = Snapshot is null ? null : new SignOffInfo(Snapshot.Id, Snapshot.SignedById, Snapshot.SignedByName, Snapshot.SignedAtUtc, Snapshot.Hash,
            Snapshot.Verifies(TestRules.Seal));
        return Task.FromResult(new ReportView(kind, period, Snapshot?.ReadFigures() ?? Figures, signed,
            Snapshot is null ? [] : ReportDiff.Between(Snapshot.ReadFigures(), Figures), null,
            CanSignOff: Snapshot is null && viewer.Has(Permission.SignOffReports)));
    }

    public Task<DrillResult> DrillAsync(ReportKind kind, ReportPeriod period, string figureKey, Actor viewer, CancellationToken cancellationToken) =>
        Task.FromResult(new DrillResult(Figures.FirstOrDefault(f => f.Key == figureKey), DrillRows, 0));

    public Task<DrillResult> ListAsync(ReportFigure figure, Actor viewer, CancellationToken cancellationToken) =>
        Task.FromResult(new DrillResult(figure, DrillRows, 0));

    public Task<SignOffInfo> SignOffAsync(ReportKind kind, ReportPeriod period, Actor actor, CancellationToken cancellationToken)
    {
        Snapshot = ReportSnapshot.SignOff(kind, period.Key, Figures, actor, ComplaintOpsBunitContext.Now, TestRules.Seal);
        return Task.FromResult(new SignOffInfo(Snapshot.Id, Snapshot.SignedById, Snapshot.SignedByName, Snapshot.SignedAtUtc, Snapshot.Hash, true));
    }

    public Task EnterInstitutionFiguresAsync(ReportPeriod period, int branches, long personalCustomers, decimal? medianPerThousandBranches,
        decimal? medianPerTenMillionCustomers, string? mediansSource, Actor actor, CancellationToken cancellationToken)
    {
        InstitutionFigures.Enter(period, branches, personalCustomers, medianPerThousandBranches, medianPerTenMillionCustomers, mediansSource, actor,
            ComplaintOpsBunitContext.Now);
        return Task.CompletedTask;
    }

    public Task<ReportDue> DueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken) => Task.FromResult(Due);
}
