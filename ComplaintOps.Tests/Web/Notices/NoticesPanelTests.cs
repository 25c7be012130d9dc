using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Tests.Data.Notices;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Components.Pages.Complaints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintOps.Tests.Web.Notices;

/// <summary>The notices panel of the complaint page.</summary>
public sealed class NoticesPanelTests : ComplaintOpsBunitContext
{
    private static readonly Guid Complaint = Guid.CreateVersion7();

    [Fact]
    public async Task A_viewer_without_personal_data_sees_the_recipient_masked_from_the_real_outbox()
    {
        // The real query over a real database: what the panel shows is what the data layer lets out.
        await using var database = new SqliteTestDatabase();
        await database.InitializeAsync();
        await using var services = await TestServices.StartAsync(database, new FakeTimeProvider(TestRules.Local(2026, 3, 2, 9)));
        var commands = services.GetRequiredService<ComplaintOps.Data.Features.Complaints.IComplaintCommands>();
        var registered = await commands.RegisterAsync(NoticeTestData.EmailCustomer(), TestRules.Agent, null, Xunit.TestContext.Current.CancellationToken);
        await commands.ApplyAsync(registered.Id, registered.Version, ComplaintBuilder.Valid(ComplaintTrigger.Acknowledge), TestRules.Agent,
            Xunit.TestContext.Current.CancellationToken);
        Services.AddSingleton(services.GetRequiredService<INoticeQueries>());
        var auditor = RunAs(StaffRole.Auditor);
        Assert.False(auditor.Has(ComplaintOps.Data.Domain.Access.Permission.ViewPersonalData));

        var cut = Render<NoticesPanel>(p => p.Add(x => x.ComplaintId, registered.Id).Add(x => x.Version, registered.Version + 1));

        cut.WaitForAssertion(() => Assert.Equal("z***@example.cn", cut.Find("[data-testid=notice-recipient]").TextContent));
        Assert.DoesNotContain(NoticeTestData.Email, cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Acknowledgement", cut.Find("[data-testid=notice-row]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Pending", cut.Find("[data-testid=notice-status]").TextContent.Trim());
    }

    [Fact]
    public void Shows_delivery_status_attempts_and_the_last_error_and_offers_resend_to_the_handler_only()
    {
        Notices.Rows.Add((Complaint, Row(NoticeKind.DecisionNotice, NoticeStatus.Abandoned, 5, "550 Mailbox unavailable", awaitsResend: true)));
        Notices.Rows.Add((Complaint, Row(NoticeKind.Acknowledgement, NoticeStatus.Sent, 1, null, awaitsResend: false)));
        var handler = RunAs(StaffRole.Handler);

        var cut = Render<NoticesPanel>(p => p.Add(x => x.ComplaintId, Complaint).Add(x => x.Version, 3));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=notice-row]").Count));
        var abandoned = cut.Find("[data-testid=notice-row][data-status=Abandoned]");
        Assert.Contains("Attempts: 5", abandoned.TextContent, StringComparison.Ordinal);
        Assert.Contains("550 Mailbox unavailable", abandoned.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sent 2026", cut.Find("[data-testid=notice-row][data-status=Sent]").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=notice-resend]"));   // the sent one offers nothing

        cut.Find("[data-testid=notice-resend]").Click();
        cut.WaitForAssertion(() => Assert.Equal(handler.Id, Assert.Single(Notices.Resent).Actor.Id));
    }

    [Fact]
    public void An_auditor_sees_the_abandoned_notice_but_cannot_send_it_again()
    {
        Notices.Rows.Add((Complaint, Row(NoticeKind.DecisionNotice, NoticeStatus.Abandoned, 5, "550 Mailbox unavailable", awaitsResend: true)));
        RunAs(StaffRole.Auditor);

        var cut = Render<NoticesPanel>(p => p.Add(x => x.ComplaintId, Complaint).Add(x => x.Version, 3));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=notice-row]")));
        Assert.Empty(cut.FindAll("[data-testid=notice-resend]"));
    }

    private static NoticeRow Row(NoticeKind kind, NoticeStatus status, int attempts, string? error, bool awaitsResend) =>
        new(Guid.CreateVersion7(), kind, NoticeChannel.Email, "z***@example.cn", "zh", "主题", status, attempts, error, Now.AddHours(-2),
            status == NoticeStatus.Sent ? Now.AddHours(-2) : null, Now.AddHours(-1), 2)
        {
            AwaitsResend = awaitsResend,
        };
}
