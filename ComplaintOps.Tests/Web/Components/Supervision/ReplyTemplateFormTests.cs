using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Complaints;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components.Supervision;

/// <summary>A reply template chosen in the decision notice form fills verification, basis and reasons from the complaint.</summary>
public sealed class ReplyTemplateFormTests : ComplaintOpsBunitContext
{
    private static readonly ReplyTemplateText Card = new("CARD", "zh", "年费退还",
        "经核实，投诉 {reference} 所涉年费重复扣收属实。", "依据《信用卡领用合约》第12条。", "已向{customer}退还 {amount}（{date}）。");

    [Fact]
    public async Task Choosing_a_template_fills_the_notice_with_the_complaints_reference_masked_name_and_amount()
    {
        RunAs(StaffRole.FeedbackAgent);
        ReplyTemplates.Add(Card);
        ReplyTemplates.Add(Card with { Category = "LOAN", Title = "贷款" });   // another category: not offered
        var detail = ComplaintDetailBuilder.Detail(ComplaintStatus.Resolved, permitted: [ComplaintTrigger.GiveFeedback]) with
        {
            Category = "CARD", CompensationKind = CompensationKind.Refund, CompensationAmount = 1200m,
        };
        Queries.Add(detail);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));
        var clicked = page.Find("[data-testid=trigger-GiveFeedback]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=reply-template]");

        var select = dialogs.FindComponent<MudSelect<ReplyTemplateDto>>();
        Assert.Equal(["年费退还"], select.FindComponents<MudSelectItem<ReplyTemplateDto>>().Select(i => i.Instance.Value!.Title));
        var offered = Assert.Single(await ReplyTemplates.ForComplaintAsync("CARD", "zh", TestRules.FeedbackAgent, Xunit.TestContext.Current.CancellationToken));
        await dialogs.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(offered));
        await Inputs.Field(dialogs, "field-remedy-Mediation").ChangeAsync(new() { Value = true });
        await Inputs.Field(dialogs, "field-proof-of-sending").ChangeAsync(new() { Value = "REC-1" });
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        var notice = Assert.IsType<GiveFeedback>(Assert.Single(Commands.Applied).Action).Notice;
        Assert.Equal("经核实，投诉 CP20261123-ABCDEFGHJK 所涉年费重复扣收属实。", notice.Verification);
        Assert.Equal("依据《信用卡领用合约》第12条。", notice.Basis);
        Assert.Equal("已向张*退还 ¥1,200.00（2026-11-23）。", notice.Reasons);
    }
}
