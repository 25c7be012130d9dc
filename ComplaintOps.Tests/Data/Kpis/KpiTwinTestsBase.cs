using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Kpis;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Data.Features.Reports;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.Data.Reports;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Data.Kpis;

/// <summary>
/// Each KPI's query twin selects in the database exactly what its C# definition selects in memory, on the fixed
/// <see cref="ReportDataSet"/>; and the report, the dashboard and analytics give one timely rate for one period.
/// </summary>
public abstract class KpiTwinTestsBase<TDatabase>() : IntegrationTest(new TDatabase())
    where TDatabase : TestDatabase, new()
{
    private async Task<ComplaintOpsDbContext> DbAsync() => await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);

    private Task<ReportDataSet> SeedAsync() => ReportDataSet.WriteAsync(Get<IComplaintCommands>(), Get<IComplaintQueries>(), Clock, Ct);

    [Fact]
    public async Task Query_twins_select_what_the_csharp_definitions_select()
    {
        var set = await SeedAsync();
        await using var db = await DbAsync();
        var complaints = await db.Complaints.AsNoTracking().ToListAsync(Ct);
        var clocks = await db.ComplaintClocks.AsNoTracking().ToListAsync(Ct);

        static List<Guid> Sorted(IEnumerable<Guid> ids) => [.. ids.Order()];
        var satisfied = Sorted(complaints.Where(c => Kpi.IsSatisfied(c.Satisfaction)).Select(c => c.Id));
        Assert.Equal(satisfied, Sorted(await db.Complaints.Where(Kpi.SatisfiedQuery).Select(c => c.Id).ToListAsync(Ct)));
        Assert.Equal([set.A], satisfied);   // C scored 3: rated, not satisfied
        Assert.Equal(Sorted(complaints.Where(c => Kpi.IsRated(c.Satisfaction)).Select(c => c.Id)),
            Sorted(await db.Complaints.Where(Kpi.RatedQuery).Select(c => c.Id).ToListAsync(Ct)));

        var open = Sorted(complaints.Where(c => Kpi.IsOpen(c.Status)).Select(c => c.Id));
        Assert.Equal(open, Sorted(await db.Complaints.Where(Kpi.OpenQuery).Select(c => c.Id).ToListAsync(Ct)));
        Assert.Equal(Sorted([set.B, set.D, set.F]), open);

        var repeats = Sorted(complaints.Where(c => Kpi.IsRepeat(c.RepeatCount)).Select(c => c.Id));
        Assert.Equal(repeats, Sorted(await db.Complaints.Where(Kpi.RepeatQuery).Select(c => c.Id).ToListAsync(Ct)));
        Assert.Equal([set.B], repeats);

        var onTime = Sorted(clocks.Where(k => Kpi.IsMetOnTime(k.DueAtUtc, k.MetAtUtc)).Select(k => k.Id));
        var met = Sorted(clocks.Where(k => Kpi.IsMet(k.MetAtUtc)).Select(k => k.Id));
        Assert.Equal(onTime, Sorted(await db.ComplaintClocks.Where(Kpi.MetOnTimeQuery).Select(k => k.Id).ToListAsync(Ct)));
        Assert.Equal(met, Sorted(await db.ComplaintClocks.Where(Kpi.MetQuery).Select(k => k.Id).ToListAsync(Ct)));
        Assert.NotEmpty(onTime);
        Assert.True(onTime.Count < met.Count);   // a late one exists, so the predicate has something to tell apart

        var cycles = complaints.ToDictionary(c => c.Id, c => Kpi.CycleTime(c.ReceivedAtUtc, c.ClosedAtUtc));
        var projected = await db.Complaints.Select(Kpi.CycleQuery).ToListAsync(Ct);
        Assert.Equal(cycles.Values.OfType<TimeSpan>().Order(), projected.Select(s => s.Time).OfType<TimeSpan>().Order());
        Assert.Equal(Sorted(complaints.Where(c => Kpi.IsClosed(c.Status)).Select(c => c.Id)),
            Sorted(await db.Complaints.Where(Kpi.ClosedQuery).Select(c => c.Id).ToListAsync(Ct)));
        Assert.True(cycles[set.C] > TimeSpan.FromDays(20));
    }

    [Fact]
    public async Task The_report_the_dashboard_and_analytics_give_one_timely_rate_for_one_period()
    {
        var set = await SeedAsync();
        var report = await Get<IReportService>().GetAsync(ReportKind.SemiAnnual, new ReportPeriod(2026, 1), TestRules.Compliance, Ct);
        var reportMet = report.Figure("timeliness.clocksMet")!.Value;
        var reportOnTime = report.Figure("timeliness.clocksOnTime")!.Value;

        // Analytics over the same half-year (its periods go by registration; in this set receipt and registration fall in
        // the same half-year for every complaint counted, and the merged one has no met clock).
        var analytics = await Get<IEffectivenessReports>().GetAsync(
            new EffectivenessRequest(KpiDimension.Department, KpiPeriod.Whole, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), Ct);
        Assert.Equal(reportMet, analytics.Totals.Sum(r => r.ClocksMet));
        Assert.Equal(reportOnTime, analytics.Totals.Sum(r => r.ClocksOnTime));

        // The dashboard's timely rate per department covers clocks met in the last 30 days; every clock of this set was met
        // within them and only complaints with a department have met clocks (G was withdrawn unclassified, D is unassigned).
        var dashboard = await Get<IDashboardQueries>().ComputeSnapshotAsync(Clock.GetUtcNow(), Ct);
        Assert.Equal(reportMet, dashboard.TimelyByDepartment.Sum(r => r.Met));
        Assert.Equal(reportOnTime, dashboard.TimelyByDepartment.Sum(r => r.OnTime));
        Assert.True(reportOnTime < reportMet);
        _ = set;
    }
}

public sealed class SqliteKpiTwinTests : KpiTwinTestsBase<SqliteTestDatabase>;

public sealed class PostgresKpiTwinTests : KpiTwinTestsBase<PostgresTestDatabase>;
