using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.RegulatorReports;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Cases;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components.Cases;

public sealed class RegulatorReportsPageTests : ComplaintOpsBunitContext
{
    private static readonly Guid MajorId = Guid.CreateVersion7();
    private static readonly Guid CandidateId = Guid.CreateVersion7();

    public RegulatorReportsPageTests() => RegulatorReports.List = new RegulatorReportList(
        [new RegulatorReportTask(MajorId, "CP20261123-MAJOR", 7, "WEALTH", MajorReason.JointComplainants, Now.AddHours(20), ClockState.AtRisk,
            new RegulatorReportDraft("理财产品集体投诉", "20名客户亏损", "WEALTH", null, null, 20, 1_250_000.50m, 0m, "销售适当性不足",
                "暂停该产品销售，逐户核实损失。", ComplaintStatus.Investigating, Now.AddDays(-1), Now.AddHours(-4)))],
        [new MajorCandidate(CandidateId, "CP20261123-BIG", 3, "大额争议", 1, 800_000m, MajorReason.Amount, Now.AddDays(-2))]);

    [Fact]
    public async Task Compliance_completes_the_prefilled_report_and_records_it_as_sent()
    {
        RunAs(StaffRole.Compliance);
        var cut = Render<RegulatorReportsPage>();
        cut.WaitForElement("[data-testid=report-task]");
        Assert.Equal("AtRisk", cut.Find("[data-testid=clock-state]").GetAttribute("data-state"));
        Assert.Equal("20", cut.Find("[data-testid=report-customers]").TextContent);

        await cut.Find("[data-testid=report-prepare]").ClickAsync(new());
        var fields = cut.FindComponents<MudTextField<string>>();
        var text = cut.Find("textarea").GetAttribute("value") ?? "";
        Assert.Contains("CP20261123-MAJOR", text, StringComparison.Ordinal);
        Assert.Contains("理财产品集体投诉 — 20名客户亏损", text, StringComparison.Ordinal);
        Assert.Contains("Customers affected: 20", text, StringComparison.Ordinal);
        Assert.Contains("1,250,000.50", text, StringComparison.Ordinal);
        Assert.Contains("Measures taken: 暂停该产品销售，逐户核实损失。", text, StringComparison.Ordinal);

        await cut.InvokeAsync(() => fields[1].Instance.ValueChanged.InvokeAsync("监管回执 2026-118"));
        await cut.Find("[data-testid=report-send]").ClickAsync(new());

        var call = Assert.Single(Commands.Applied);
        var report = Assert.IsType<ReportToRegulator>(call.Action);
        Assert.Equal((MajorId, 7, RegulatorReportKind.MajorComplaint, "监管回执 2026-118"), (call.ComplaintId, call.ExpectedVersion, report.Kind, report.ProofOfSending));
        Assert.Equal(text, report.Report);
    }

    [Fact]
    public async Task A_complaint_meeting_the_rule_is_designated_from_the_list()
    {
        RunAs(StaffRole.Compliance);
        var cut = Render<RegulatorReportsPage>();
        cut.WaitForElement("[data-testid=designate]");

        await cut.Find("[data-testid=designate]").ClickAsync(new());

        var call = Assert.Single(Commands.Applied);
        Assert.Equal((CandidateId, 3), (call.ComplaintId, call.ExpectedVersion));
        Assert.Equal(MajorReason.Amount, Assert.IsType<DesignateMajor>(call.Action).Reason);
    }
}
