using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.RegulatorReports;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Tests.Data.Cases;

/// <summary>Major complaints (art. 29) on compliance's work list: the MajorReport clock, the prefilled facts, recording as sent.</summary>
public sealed class RegulatorReportTests : IntegrationTest
{
    private static NewComplaint GroupComplaint() => ComplaintBuilder.Sample() with
    {
        Subject = "理财产品集体投诉",
        Description = "20名客户购买同一理财产品后亏损，联系电话13912345678，要求赔偿。",
        DisputedAmount = 1_250_000.50m,
        JointComplainants = [.. Enumerable.Range(1, 19).Select(i => new JointComplainant($"客户{i}"))],
    };

    private IRegulatorReportQueries Reports => Get<IRegulatorReportQueries>();

    [Fact]
    public async Task A_major_complaint_appears_with_its_clock_and_prefilled_facts_and_recording_it_as_sent_stops_the_clock()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Investigating, GroupComplaint());
        var compliance = RunAs(StaffRole.Compliance);
        var measures = "暂停该产品销售，逐户核实损失。";
        await RunAs(StaffRole.Handler).FireAsync(id, ComplaintTrigger.ProposeResolution, a => ((ProposeResolution)a) with { Measures = measures });

        var task = Assert.Single((await Reports.ListAsync(compliance.Actor, Ct)).Due);
        Assert.Equal(id, task.ComplaintId);
        Assert.Equal(MajorReason.JointComplainants, task.Reason);
        Assert.Equal(20, task.Draft.CustomersAffected);
        Assert.Equal(1_250_000.50m, task.Draft.DisputedAmount);
        Assert.Equal(measures, task.Draft.Measures);
        Assert.Equal("理财产品集体投诉", task.Draft.Subject);
        Assert.Contains("20名客户购买同一理财产品后亏损", task.Draft.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", task.Draft.Summary, StringComparison.Ordinal);   // masked: the report leaves the institution
        // Registered 09:00 Monday, 1 working day (Bank2020 art. 29 as configured): due at the end of Tuesday, on time now.
        Assert.Equal(new DateTime(2026, 3, 3), task.DueAtUtc.ToOffset(TimeSpan.FromHours(8)).Date);
        Assert.Equal(ClockState.OnTime, task.ClockState);

        var version = (await compliance.GetAsync(id))!.Version;
        await compliance.ApplyAsync(id, version, new ReportToRegulator(RegulatorReportKind.MajorComplaint, "报告正文", "银保监发〔2026〕12号 回执"));

        Assert.Empty((await Reports.ListAsync(compliance.Actor, Ct)).Due);
        var clock = (await compliance.GetAsync(id))!.Clocks.Single(c => c.Kind == ClockKind.MajorReport);
        Assert.Equal(ClockState.Met, clock.State);
    }

    [Fact]
    public async Task Only_ReportToRegulator_holders_list_and_record()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Investigating, GroupComplaint());
        var report = new ReportToRegulator(RegulatorReportKind.MajorComplaint, "报告正文", "回执");

        foreach (var role in new[] { StaffRole.Handler, StaffRole.DepartmentHead, StaffRole.Manager, StaffRole.Auditor })
        {
            var session = RunAs(role);
            Assert.Equal("forbidden", (await Assert.ThrowsAsync<ForbiddenException>(() => Reports.ListAsync(session.Actor, Ct))).Code);
            var version = (await RunAs(StaffRole.Supervisor).GetAsync(id))!.Version;
            await Assert.ThrowsAsync<ForbiddenException>(() => session.ApplyAsync(id, version, report));
        }

        Assert.Single((await Reports.ListAsync(RunAs(StaffRole.Supervisor).Actor, Ct)).Due);
        var compliance = RunAs(StaffRole.Compliance);
        await compliance.ApplyAsync(id, (await compliance.GetAsync(id))!.Version, report);
        Assert.Empty((await Reports.ListAsync(compliance.Actor, Ct)).Due);
    }

    [Fact]
    public async Task A_complaint_meeting_the_rule_but_not_designated_is_offered_for_designation()
    {
        var options = Get<IOptions<SlaOptions>>().Value;
        options.MajorAmountThreshold = 5_000_000m;   // registered while the institution's threshold was higher
        var id = await ComplaintInAsync(ComplaintStatus.Investigating, ComplaintBuilder.Sample() with { DisputedAmount = 800_000m });
        var small = await ComplaintInAsync(ComplaintStatus.Investigating, ComplaintBuilder.Sample() with { DisputedAmount = 1_000m });
        options.MajorAmountThreshold = 500_000m;
        var compliance = RunAs(StaffRole.Compliance);

        var list = await Reports.ListAsync(compliance.Actor, Ct);
        Assert.Empty(list.Due);
        var candidate = Assert.Single(list.MeetsMajorRule);
        Assert.Equal((id, MajorReason.Amount, 800_000m), (candidate.ComplaintId, candidate.MeetsBy, candidate.DisputedAmount!.Value));
        Assert.DoesNotContain(list.MeetsMajorRule, c => c.ComplaintId == small);

        await compliance.ApplyAsync(id, candidate.Version, new DesignateMajor(MajorReason.Amount, "符合重大投诉标准"));
        list = await Reports.ListAsync(compliance.Actor, Ct);
        Assert.Empty(list.MeetsMajorRule);
        Assert.Equal(id, Assert.Single(list.Due).ComplaintId);
    }
}
