using Bunit;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Supervision;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Components.Supervision;

public sealed class ReviewQueuePageTests : ComplaintOpsBunitContext
{
    private readonly FakeSupervisionQueries _supervision = new();
    private readonly Actor _supervisor;

    public ReviewQueuePageTests()
    {
        Services.AddSingleton<ISupervisionQueries>(_supervision);
        _supervisor = RunAs(StaffRole.Supervisor);
    }

    private static ReviewItem Item(string reference = "CP20261120-REVIEW0001", int version = 7) => new(
        Guid.CreateVersion7(), reference, version, "信用卡年费被重复扣收", "CARD", Severity.Medium, "CARDS", "刘敏", "张*", CustomerTier.Standard, 1,
        Now.AddHours(-5), "批量扣费程序重复执行", "退还重复扣收的年费并修复批处理", "刘敏", CompensationKind.Refund, 3000m, true, null, "陈志强",
        [new ReviewEvidence("AddNote", "刘敏", Now.AddDays(-1), "已调取扣款流水，确认两笔扣款")],
        [new DueClock(ClockKind.Resolve, Now.AddDays(3), ClockState.OnTime)]);

    [Fact]
    public void Shows_the_proposal_evidence_compensation_tier_and_clocks()
    {
        _supervision.Review.Add(Item());

        var cut = Render<ReviewQueuePage>();

        var item = cut.WaitForElement("[data-testid=review-item]");
        Assert.Equal("批量扣费程序重复执行", cut.Find("[data-testid=review-root-cause]").TextContent);
        Assert.Equal("Refund ¥3,000.00", cut.Find("[data-testid=review-compensation]").TextContent);
        Assert.Equal("Authorized by 陈志强", cut.Find("[data-testid=review-tier]").TextContent);
        Assert.Contains("已调取扣款流水，确认两笔扣款", cut.Find("[data-testid=review-evidence]").TextContent, StringComparison.Ordinal);
        Assert.Contains("On time", cut.Find("[data-testid=review-clock]").TextContent, StringComparison.Ordinal);
        Assert.Contains("CP20261120-REVIEW0001", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_applies_Approve_on_the_version_shown_as_the_supervisor_and_reloads()
    {
        var item = Item();
        _supervision.Review.Add(item);
        var cut = Render<ReviewQueuePage>();

        _supervision.Review.Clear();   // approved: the queue no longer has it
        await cut.Find("[data-testid=review-approve]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("approved", cut.Find("[data-testid=review-notice]").TextContent, StringComparison.Ordinal));
        var applied = Assert.Single(Commands.Applied);
        Assert.Equal((item.Id, 7, _supervisor.Id), (applied.ComplaintId, applied.ExpectedVersion, applied.Actor.Id));
        Assert.IsType<Approve>(applied.Action);
        Assert.Single(cut.FindAll("[data-testid=review-empty]"));
    }

    [Fact]
    public async Task Return_needs_a_reason_and_sends_it_with_ReturnForRework()
    {
        _supervision.Review.Add(Item());
        var cut = Render<ReviewQueuePage>();
        Assert.True(cut.Find("button[data-testid=review-return]").HasAttribute("disabled"));

        await Inputs.Field(cut, "review-reason").InputAsync(new ChangeEventArgs { Value = "  缺少客户确认退款的记录 " });
        cut.WaitForAssertion(() => Assert.False(cut.Find("button[data-testid=review-return]").HasAttribute("disabled")));
        await cut.Find("button[data-testid=review-return]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(new ReturnForRework("缺少客户确认退款的记录"), Assert.Single(Commands.Applied).Action));
    }

    [Fact]
    public async Task A_stale_version_says_someone_else_changed_it_and_reloads_the_queue()
    {
        _supervision.Review.Add(Item());
        Commands.ApplyFailure = new ConcurrencyConflictException(Guid.NewGuid(), 7, 8);
        var cut = Render<ReviewQueuePage>();
        var reads = _supervision.Reads;

        await cut.Find("[data-testid=review-approve]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("changed by someone else", cut.Find("[data-testid=review-notice]").TextContent, StringComparison.Ordinal));
        Assert.Equal(reads + 1, _supervision.Reads);
    }
}
