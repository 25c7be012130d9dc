using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Reports;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Data.Reports;

/// <summary>
/// The semi-annual report on the fixed <see cref="ReportDataSet"/>: its figures against direct counts in the database and a
/// hand-written table; a signed snapshot that stays as signed while complaints change, shows what moved, and stops verifying
/// once its stored row is edited. One class per provider.
/// </summary>
public abstract class SemiAnnualReportTestsBase<TDatabase>() : IntegrationTest(new TDatabase())
    where TDatabase : TestDatabase, new()
{
    private static readonly ReportPeriod H1 = new(2026, 1);

    private IReportService Reports => Get<IReportService>();

    private Task<ReportDataSet> SeedAsync() => ReportDataSet.WriteAsync(Get<IComplaintCommands>(), Get<IComplaintQueries>(), Clock, Ct);

    private async Task<ComplaintOpsDbContext> DbAsync() => await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);

    [Fact]
    public async Task Figures_equal_direct_database_counts_and_the_hand_written_table()
    {
        var set = await SeedAsync();
        var report = await Reports.GetAsync(ReportKind.SemiAnnual, H1, TestRules.Compliance, Ct);
        decimal Value(string key) => report.Figure(key)?.Value ?? 0;

        await using var db = await DbAsync();
        var from = new DateTimeOffset(2025, 12, 31, 16, 0, 0, TimeSpan.Zero);   // 2026-01-01 00:00 Shanghai
        var to = new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero);
        var inPeriod = db.Complaints.Where(c => c.ReceivedAtUtc >= from && c.ReceivedAtUtc < to && c.Status != ComplaintStatus.Merged);
        var ids = await inPeriod.Select(c => c.Id).ToListAsync(Ct);

        Assert.Equal(await inPeriod.CountAsync(Ct), Value("totals.received"));
        foreach (var figure in report.Figures.Where(f => f.Section == ReportSections.Category))
        {
            var code = figure.Item == ReportSections.None ? null : figure.Item;
            Assert.Equal(await inPeriod.CountAsync(c => c.Category == code, Ct), figure.Value);
            Assert.Equal((await inPeriod.Where(c => c.Category == code).Select(c => c.Id).ToListAsync(Ct)).Order(), figure.Ids);
        }

        foreach (var figure in report.Figures.Where(f => f.Section == ReportSections.Region))
        {
            var code = figure.Item == ReportSections.None ? null : figure.Item;
            Assert.Equal(await inPeriod.CountAsync(c => c.Region == code, Ct), figure.Value);
        }

        foreach (var channel in Enum.GetValues<Channel>())
        {
            Assert.Equal(await inPeriod.CountAsync(c => c.Channel == channel, Ct), Value($"channel.{channel}"));
        }

        var clocks = db.ComplaintClocks.Where(k => ids.Contains(k.ComplaintId));
        Assert.Equal(await clocks.CountAsync(k => k.MetAtUtc != null, Ct), Value("timeliness.clocksMet"));
        Assert.Equal(await clocks.CountAsync(k => k.MetAtUtc != null && k.MetAtUtc <= k.DueAtUtc, Ct), Value("timeliness.clocksOnTime"));
        var amounts = await inPeriod.Where(c => c.Status == ComplaintStatus.Closed && c.CompensationAuthorized).Select(c => c.CompensationAmount).ToListAsync(Ct);
        Assert.Equal(amounts.Sum(), Value("redress.amount"));

        // The same figures by hand (see ReportDataSet): E merged and F of 2025H2 are left out.
        Assert.Equal(set.Counted.Order(), report.Figure("totals.received")!.Ids);
        Assert.Equal(5, Value("totals.received"));
        Assert.Equal(2, Value("category.CARD"));
        Assert.Equal(1, Value("category.LOAN"));
        Assert.Equal(2, Value("category.-"));
        Assert.Equal(2, Value("region.310000"));
        Assert.Equal(1, Value("region.440000"));
        Assert.Equal(1, Value("region.-"));
        Assert.Equal(1, Value("product.白金卡"));
        Assert.Equal(await inPeriod.CountAsync(c => c.Status == ComplaintStatus.Closed, Ct), Value("closedDays.total"));
        Assert.Equal(2, Value("closedDays.total"));   // A and C; G's withdrawal is not a closing
        Assert.Equal([set.A], report.Figure("closedDays.0-15")!.Ids);
        Assert.Equal([set.C], report.Figure("closedDays.16-30")!.Ids);
        Assert.Equal(0, Value("closedDays.31-60"));
        Assert.Equal(600m, Value("redress.amount"));
        Assert.Equal(1, Value("regulator.transfers"));
        Assert.Equal(0, Value("regulator.reportedBack"));
        Assert.Equal(1, Value("timeliness.repeats"));
        Assert.Equal(2, Value("timeliness.rated"));
        Assert.Equal(0.5m, Value("timeliness.satisfaction"));
        Assert.Equal(new[] { set.B, set.D }.Order(), report.Figure("timeliness.open")!.Ids);
        Assert.True(Value("timeliness.clocksOnTime") < Value("timeliness.clocksMet"));   // B's route clock was met late
    }

    [Fact]
    public async Task A_signed_snapshot_stays_as_signed_shows_what_moved_and_breaks_its_seal_when_edited()
    {
        var set = await SeedAsync();
        var signed = await Reports.SignOffAsync(ReportKind.SemiAnnual, H1, TestRules.Compliance, Ct);
        var atSignOff = await Reports.GetAsync(ReportKind.SemiAnnual, H1, TestRules.Compliance, Ct);
        Assert.True(signed.Verifies);
        Assert.Empty(atSignOff.Changes);

        // Later: a new complaint in the period and B closed.
        Clock.Advance(TimeSpan.FromDays(2));
        var late = (await Get<IComplaintCommands>().RegisterAsync(ComplaintOps.Tests.TestInfrastructure.Builders.ComplaintBuilder.Sample() with { Region = "310000" },
            TestRules.Agent, null, Ct)).Id;
        var after = await Reports.GetAsync(ReportKind.SemiAnnual, H1, TestRules.Compliance, Ct);

        Assert.Equal(atSignOff.Figures.Select(f => (f.Key, f.Value, string.Join(',', f.Ids))), after.Figures.Select(f => (f.Key, f.Value, string.Join(',', f.Ids))));
        Assert.Equal(5, after.Figure("totals.received")!.Value);
        var moved = Assert.Single(after.Changes, c => c.Key == "totals.received");
        Assert.Equal((5m, 6m), (moved.Signed!.Value, moved.Now!.Value));
        Assert.Equal([late], moved.Added);
        Assert.Empty(moved.Removed);
        Assert.Contains(after.Changes, c => c.Key == "region.310000" && c.Added.Contains(late));
        Assert.True(after.SignOff!.Verifies);
        Assert.Equal(signed.Hash, after.SignOff.Hash);

        var again = await Assert.ThrowsAsync<DomainException>(() => Reports.SignOffAsync(ReportKind.SemiAnnual, H1, TestRules.Compliance, Ct));
        Assert.Equal("report_already_signed", again.Code);

        // Someone with database access lowers a figure in the stored row.
        await using (var db = await DbAsync())
        {
            var row = await db.ReportSnapshots.AsNoTracking().SingleAsync(Ct);
            var forged = row.Figures.Replace("totals.received\tCount\t5\t", "totals.received\tCount\t4\t", StringComparison.Ordinal);
            Assert.NotEqual(row.Figures, forged);
            await db.ReportSnapshots.Where(s => s.Id == row.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Figures, forged), Ct);
        }

        var tampered = await Reports.GetAsync(ReportKind.SemiAnnual, H1, TestRules.Compliance, Ct);
        Assert.False(tampered.SignOff!.Verifies);
        Assert.Equal(4, tampered.Figure("totals.received")!.Value);
        _ = set;
    }

    [Fact]
    public async Task Only_compliance_signs_off_and_institution_figures_feed_the_normalised_rates()
    {
        await SeedAsync();
        foreach (var other in new[] { TestRules.Supervisor, TestRules.Manager, TestRules.Auditor, TestRules.Head })
        {
            var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Reports.SignOffAsync(ReportKind.SemiAnnual, H1, other, Ct));
            Assert.Equal(ComplaintOps.Data.Domain.Access.Permission.SignOffReports, refused.Missing);
            await Assert.ThrowsAsync<ForbiddenException>(() => Reports.EnterInstitutionFiguresAsync(H1, 400, 10_000_000, null, null, null, other, Ct));
            Assert.False((await Reports.GetAsync(ReportKind.SemiAnnual, H1, other, Ct)).CanSignOff);
        }

        await Assert.ThrowsAsync<ForbiddenException>(() => Reports.GetAsync(ReportKind.SemiAnnual, H1, TestRules.Handler, Ct));
        await using (var db = await DbAsync())
        {
            Assert.Equal(0, await db.ReportSnapshots.CountAsync(Ct));
        }

        await Reports.EnterInstitutionFiguresAsync(H1, 400, 20_000_000, 11.5m, 2_000m, "bulletin 2026Q1", TestRules.Compliance, Ct);
        var report = await Reports.GetAsync(ReportKind.SemiAnnual, H1, TestRules.Compliance, Ct);
        Assert.True(report.CanSignOff);
        Assert.Equal(12.5m, report.Figure("normalised.perThousandBranches")!.Value);       // 5 × 1,000 ÷ 400
        Assert.Equal(2.5m, report.Figure("normalised.perTenMillionCustomers")!.Value);     // 5 × 10,000,000 ÷ 20,000,000
        Assert.Equal(11.5m, report.Figure("normalised.medianPerThousandBranches")!.Value);

        var signed = await Reports.SignOffAsync(ReportKind.SemiAnnual, H1, TestRules.Compliance, Ct);
        Assert.Equal(TestRules.Compliance.Id, signed.SignedById);
    }
}

public sealed class SqliteSemiAnnualReportTests : SemiAnnualReportTestsBase<SqliteTestDatabase>;

public sealed class PostgresSemiAnnualReportTests : SemiAnnualReportTestsBase<PostgresTestDatabase>;
