using Microsoft.EntityFrameworkCore;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;

namespace ComplaintOps.Tests.Data.Notices;

/// <summary>Which complaint changes write which notices, with what text, to whom (NoticeWriter through the real commands).</summary>
public sealed class NoticeWritingTests : IntegrationTest
{
    [Fact]
    public async Task Acknowledging_writes_an_acknowledgement_with_the_reference_the_time_limit_and_the_contact()
    {
        var agent = RunAs(StaffRole.IntakeAgent);
        var registered = await agent.RegisterAsync(NoticeTestData.EmailCustomer());
        await agent.FireAsync(registered.Id, ComplaintTrigger.Classify);
        Assert.Empty(await NoticeTestData.AllAsync(Database));   // classifying tells the customer nothing

        await agent.FireAsync(registered.Id, ComplaintTrigger.Acknowledge);

        var notice = Assert.Single(await NoticeTestData.AllAsync(Database));
        var detail = (await agent.GetAsync(registered.Id))!;
        Assert.Equal((NoticeKind.Acknowledgement, NoticeChannel.Email, NoticeTestData.Email, "zh", registered.Id),
            (notice.Kind, notice.Channel, notice.Recipient, notice.Language, notice.ComplaintId));
        Assert.Equal($"【示例银行】已收到您的投诉 {registered.Reference}", notice.Subject);
        Assert.Contains("2026年3月2日收到您的投诉", notice.Body, StringComparison.Ordinal);
        Assert.Contains($"将于{NoticeTestData.DueText(detail, ClockKind.Resolve, "zh")}前将处理结果告知您", notice.Body, StringComparison.Ordinal);
        Assert.Contains("请联系客户服务热线 95500", notice.Body, StringComparison.Ordinal);
        Assert.Equal(NoticeStatus.Pending, notice.Status);
        Assert.Equal(Clock.GetUtcNow(), notice.NextAttemptAtUtc);
    }

    [Fact]
    public async Task An_english_complaint_gets_its_notice_in_english()
    {
        var agent = RunAs(StaffRole.IntakeAgent);
        var registered = await agent.RegisterAsync(NoticeTestData.EmailCustomer("en") with
        {
            Subject = "Annual fee charged twice", Description = "My statement shows the annual fee twice; please refund one.",
        });
        await agent.FireAsync(registered.Id, ComplaintTrigger.Acknowledge);

        var notice = Assert.Single(await NoticeTestData.AllAsync(Database));
        var detail = (await agent.GetAsync(registered.Id))!;
        Assert.Equal("en", notice.Language);
        Assert.Equal($"Example Bank: we have received your complaint {registered.Reference}", notice.Subject);
        Assert.Contains("on 2 March 2026", notice.Body, StringComparison.Ordinal);
        Assert.Contains($"by {NoticeTestData.DueText(detail, ClockKind.Resolve, "en")}", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extending_tells_the_customer_the_new_limit_and_the_reason()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Investigating);
        var before = (await RunAs(StaffRole.DepartmentHead).GetAsync(id))!;
        await RunAs(StaffRole.DepartmentHead).FireAsync(id, ComplaintTrigger.Extend);

        var notice = Assert.Single(await NoticeTestData.AllAsync(Database));
        var after = (await RunAs(StaffRole.DepartmentHead).GetAsync(id))!;
        var newDue = NoticeTestData.DueText(after, ClockKind.Resolve, "zh");
        Assert.NotEqual(NoticeTestData.DueText(before, ClockKind.Resolve, "zh"), newDue);   // the limit did move
        Assert.Equal((NoticeKind.Extension, NoticeChannel.Sms, "13800138000"), (notice.Kind, notice.Channel, notice.Recipient));
        Assert.Contains($"处理期限延长至{newDue}", notice.Body, StringComparison.Ordinal);
        Assert.Contains("延长原因：需调取第三方支付机构记录", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Giving_feedback_sends_the_decision_and_invites_the_customer_to_the_callback()
    {
        var id = await ComplaintInAsync(ComplaintStatus.FeedbackGiven);

        var notices = await NoticeTestData.AllAsync(Database);
        Assert.Equal([NoticeKind.DecisionNotice, NoticeKind.CallbackInvitation], notices.Select(n => n.Kind));
        var decision = notices[0];
        Assert.Contains("核实情况：调阅扣费记录，确认年费重复扣收", decision.Body, StringComparison.Ordinal);
        Assert.Contains("处理依据：信用卡领用合约第五条", decision.Body, StringComparison.Ordinal);
        Assert.Contains("处理意见及理由：系统批处理重复执行", decision.Body, StringComparison.Ordinal);
        Assert.Contains("可以申请调解、向人民法院提起诉讼。", decision.Body, StringComparison.Ordinal);   // Mediation | Litigation, nothing else
        var detail = (await RunAs(StaffRole.FeedbackAgent).GetAsync(id))!;
        Assert.Contains($"我们将于{NoticeTestData.DueText(detail, ClockKind.Callback, "zh")}前回访", notices[1].Body, StringComparison.Ordinal);
        Assert.All(notices, n => Assert.Equal((NoticeChannel.Sms, "13800138000"), (n.Channel, n.Recipient)));
    }

    [Fact]
    public async Task The_recipient_is_encrypted_at_rest_and_masked_for_every_viewer()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Investigating);
        await RunAs(StaffRole.Handler).FireAsync(id, ComplaintTrigger.Acknowledge);

        await using (var db = TestServices.OpenContext(Database))
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(Ct);
            await using var select = connection.CreateCommand();
            select.CommandText = """SELECT "Recipient" FROM "Notices" """;
            var stored = (string)(await select.ExecuteScalarAsync(Ct))!;
            Assert.DoesNotContain("13800138000", stored, StringComparison.Ordinal);
            Assert.StartsWith("CfDJ8", stored, StringComparison.Ordinal);   // a Data Protection payload
        }

        var queries = Get<ComplaintOps.Data.Features.Notices.INoticeQueries>();
        foreach (var viewer in new[] { TestRules.Handler, TestRules.Supervisor, TestActors.Of(StaffRole.Auditor) })
        {
            var row = Assert.Single(await queries.ForComplaintAsync(id, viewer, Ct));
            Assert.Equal("138****8000", row.Recipient);
        }

        Assert.Empty(await queries.ForComplaintAsync(id, TestActors.Staff("HLOANS1"), Ct));   // out of scope: not even that
    }
}
