using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Sla;

namespace ComplaintOps.Data.Features.Reports;

/// <summary>
/// Demo: the institution figures and published medians of the last half-year that has ended, entered by compliance, and
/// that half-year's semi-annual report signed off, so the reports open with a signed report and the normalised rates.
/// </summary>
public sealed class DemoReports(IReportService reports, HandlingRulesProvider rules, TimeProvider clock)
{
    private static readonly Actor Compliance = new("C001", "钱明", StaffRole.Compliance);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = (await rules.GetAsync(null, cancellationToken)).Calendar.LocalDate(clock.GetUtcNow());
        var period = ReportPeriod.LastEnded(today);
        if ((await reports.GetAsync(ReportKind.SemiAnnual, period, Compliance, cancellationToken)).SignOff is not null)
        {
            return;
        }

        await reports.EnterInstitutionFiguresAsync(period, branches: 386, personalCustomers: 12_600_000, medianPerThousandBranches: 6_850m,
            medianPerTenMillionCustomers: 2_140m, "国家金融监督管理总局消费者权益保护局通报（演示数据） / NFRA consumer protection bulletin (demo figures)",
            Compliance, cancellationToken);
        await reports.SignOffAsync(ReportKind.SemiAnnual, period, Compliance, cancellationToken);
    }
}
