using Bunit;
using ComplaintOps.Data.Domain.Consultations;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Cases;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components.Cases;

public sealed class ConsultationPanelTests : ComplaintOpsBunitContext
{
    private static readonly Guid ComplaintId = Guid.CreateVersion7();

    [Fact]
    public async Task The_invited_head_records_the_departments_opinion_and_the_other_department_still_waits()
    {
        var c = Consultations.Add(ComplaintId, "CP1", ["CARDS", "LOANS"], "是否为外包催收引起？", TestRules.Supervisor);
        RunAs(StaffRole.DepartmentHead);   // CARDS
        var cut = Render<ConsultationPanel>(p => p.Add(x => x.ComplaintId, ComplaintId));
        cut.WaitForElement("[data-testid=opinion-submit]");
        Assert.Empty(cut.FindAll("[data-testid=conclusion-submit]"));   // not the opener

        await cut.InvokeAsync(() => cut.FindComponents<MudTextField<string>>().Single().Instance.ValueChanged.InvokeAsync("系统批处理重复执行。"));
        await cut.Find("[data-testid=opinion-submit]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=opinion][data-department=CARDS]").GetAttribute("data-given")));
        Assert.Contains("系统批处理重复执行。", cut.Find("[data-testid=opinion][data-department=CARDS]").TextContent, StringComparison.Ordinal);
        Assert.Equal("false", cut.Find("[data-testid=opinion][data-department=LOANS]").GetAttribute("data-given"));
        Assert.Contains("Waiting for the opinion", cut.Find("[data-testid=opinion][data-department=LOANS]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, c.Version);
    }

    [Fact]
    public async Task The_opener_concludes_and_a_refusal_shows_in_the_users_language()
    {
        UseCulture("zh-CN");
        Consultations.Add(ComplaintId, "CP1", ["CARDS"], "是否补偿？", TestRules.Supervisor);
        RunAs(TestRules.Supervisor);
        var cut = Render<ConsultationPanel>(p => p.Add(x => x.ComplaintId, ComplaintId));
        cut.WaitForElement("[data-testid=conclusion-submit]");
        Assert.Empty(cut.FindAll("[data-testid=opinion-submit]"));   // the supervisor speaks for no invited department

        await cut.Find("[data-testid=conclusion-submit]").ClickAsync(new());   // empty conclusion
        cut.WaitForAssertion(() => Assert.Equal("结论为空或过长。", cut.Find("[data-testid=consult-error]").TextContent.Trim()));

        await cut.InvokeAsync(() => cut.FindComponents<MudTextField<string>>().Single().Instance.ValueChanged.InvokeAsync("退还年费。"));
        await cut.Find("[data-testid=conclusion-submit]").ClickAsync(new());
        cut.WaitForAssertion(() => Assert.Equal(ConsultationStatus.Closed.ToString(), cut.Find("[data-testid=consultation]").GetAttribute("data-status")));
        Assert.Contains("退还年费。", cut.Find("[data-testid=consult-conclusion]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handler_reads_but_neither_opens_nor_answers()
    {
        Consultations.Add(ComplaintId, "CP1", ["CARDS"], "是否补偿？", TestRules.Supervisor);
        RunAs(StaffRole.Handler);
        var cut = Render<ConsultationPanel>(p => p.Add(x => x.ComplaintId, ComplaintId));

        cut.WaitForElement("[data-testid=consultation]");
        Assert.Empty(cut.FindAll("[data-testid=consult-open]"));
        Assert.Empty(cut.FindAll("[data-testid=opinion-submit]"));
        Assert.Empty(cut.FindAll("[data-testid=conclusion-submit]"));
    }

    [Fact]
    public void A_manager_may_open_a_consultation()
    {
        RunAs(StaffRole.Manager);
        var cut = Render<ConsultationPanel>(p => p.Add(x => x.ComplaintId, ComplaintId));

        cut.WaitForElement("[data-testid=consult-none]");
        Assert.Single(cut.FindAll("[data-testid=consult-open]"));
    }
}
