using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Providers;
using ComplaintOps.Tests.Data.Notices;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace ComplaintOps.Tests.Web.Notices;

/// <summary>The dispatcher delivering the outbox to a real SMTP server (in-process, on a free port) through MailKit.</summary>
public sealed class SmtpDeliveryTests : IntegrationTest
{
    private readonly TestSmtpServer _smtp = TestSmtpServer.Start();

    protected override void ConfigureServices(IServiceCollection services) => TestDelivery.Add(services, _smtp.Port);

    private NoticeDispatcher Dispatcher => Get<NoticeDispatcher>();

    [Fact]
    public async Task An_acknowledgement_reaches_the_customer_with_its_subject_body_and_language()
    {
        var registered = await AcknowledgedAsync();

        Assert.Equal(1, await Dispatcher.DispatchAsync(Clock.GetUtcNow(), Ct));

        var mail = Assert.Single(_smtp.Accepted);
        var notice = Assert.Single(await NoticeTestData.AllAsync(Database));
        Assert.Equal(NoticeTestData.Email, mail.To.Mailboxes.Single().Address);
        Assert.Equal("notices@bank.example", mail.From.Mailboxes.Single().Address);
        Assert.Equal($"【示例银行】已收到您的投诉 {registered.Reference}", mail.Subject);
        Assert.Contains($"我们已于2026年3月2日收到您的投诉（编号 {registered.Reference}）", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("请联系客户服务热线 95500", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("zh-CN", mail.Body!.Headers["Content-Language"]);
        Assert.Equal($"{notice.Id:N}@bank.example", mail.MessageId);   // a second copy would carry the same id
        Assert.Equal((NoticeStatus.Sent, 1, Clock.GetUtcNow()), (notice.Status, notice.Attempts, notice.SentAtUtc));
        Assert.Equal(0, await Dispatcher.DispatchAsync(Clock.GetUtcNow().AddHours(1), Ct));   // sent is sent
        Assert.Single(_smtp.Accepted);
    }

    [Fact]
    public async Task An_english_decision_reaches_the_customer_in_english()
    {
        var id = await ComplaintInAsync(ComplaintStatus.FeedbackGiven, NoticeTestData.EmailCustomer("en") with
        {
            Subject = "Annual fee charged twice", Description = "My statement shows the annual fee twice; please refund one.",
        });

        Assert.Equal(2, await Dispatcher.DispatchAsync(Clock.GetUtcNow().AddSeconds(1), Ct));

        var reference = (await RunAs(StaffRole.FeedbackAgent).GetAsync(id))!.Reference;
        Assert.Equal([$"Example Bank: our decision on your complaint {reference}", $"Example Bank: how did we handle your complaint {reference}?"],
            _smtp.Accepted.Select(m => m.Subject));   // the decision first, then the invitation to rate it
        var decision = _smtp.Accepted[0];
        Assert.Equal("en", decision.Body!.Headers["Content-Language"]);
        Assert.Contains("If you disagree, you may apply for mediation, or bring a claim in court.", decision.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_send_is_retried_after_the_back_off_and_the_customer_gets_exactly_one_message()
    {
        var registered = await AcknowledgedAsync();
        _smtp.RefuseNext(1);
        var now = Clock.GetUtcNow();

        Assert.Equal(0, await Dispatcher.DispatchAsync(now, Ct));
        var failed = Assert.Single(await NoticeTestData.AllAsync(Database));
        Assert.Equal((NoticeStatus.Pending, 1, now.AddSeconds(30)), (failed.Status, failed.Attempts, failed.NextAttemptAtUtc));
        Assert.Contains("Queue full", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await Dispatcher.DispatchAsync(now.AddSeconds(29), Ct));   // not due yet

        Assert.Equal(1, await Dispatcher.DispatchAsync(now.AddSeconds(30), Ct));
        Assert.Equal(0, await Dispatcher.DispatchAsync(now.AddMinutes(10), Ct));

        Assert.Equal(1, _smtp.Refused);
        var mail = Assert.Single(_smtp.Accepted);
        var sent = Assert.Single(await NoticeTestData.AllAsync(Database));
        Assert.Equal($"{sent.Id:N}@bank.example", mail.MessageId);
        Assert.Equal((NoticeStatus.Sent, 2, (string?)null), (sent.Status, sent.Attempts, sent.LastError));
    }

    [Fact]
    public async Task A_notice_refused_on_every_attempt_is_abandoned_and_never_accepted()
    {
        var registered = await AcknowledgedAsync();
        _smtp.RefuseNext(100);
        var at = Clock.GetUtcNow();
        for (var i = 0; i < 8; i++)
        {
            await Dispatcher.DispatchAsync(at, Ct);
            at = at.AddHours(2);   // past any back-off
        }

        var notice = Assert.Single(await NoticeTestData.AllAsync(Database));
        Assert.Equal((NoticeStatus.Abandoned, new NoticeOptions().MaxAttempts), (notice.Status, notice.Attempts));
        Assert.Equal(new NoticeOptions().MaxAttempts, _smtp.Refused);
        Assert.Empty(_smtp.Accepted);
    }

    [Fact]
    public async Task A_notice_written_in_a_transaction_that_rolled_back_is_never_sent()
    {
        var agent = RunAs(StaffRole.IntakeAgent);
        var registered = await agent.RegisterAsync(NoticeTestData.EmailCustomer());
        var (commands, failing) = FailingCommit.Commands(Database, Services, Clock);
        await Assert.ThrowsAsync<InvalidOperationException>(() => commands.ApplyAsync(registered.Id, registered.Version, new Acknowledge(), TestRules.Agent, Ct));
        Assert.Equal(1, failing.NoticesInsideTransaction);

        Assert.Equal(0, await Dispatcher.DispatchAsync(Clock.GetUtcNow().AddHours(1), Ct));
        Assert.Empty(_smtp.Accepted);

        // Positive control: committed, it is sent.
        await commands.ApplyAsync(registered.Id, registered.Version, new Acknowledge(), TestRules.Agent, Ct);
        Assert.Equal(1, await Dispatcher.DispatchAsync(Clock.GetUtcNow().AddHours(1), Ct));
        Assert.Single(_smtp.Accepted);
    }

    /// <summary>An e-mail customer's complaint, acknowledged: one acknowledgement in the outbox.</summary>
    private async Task<ComplaintOps.Data.Features.Complaints.RegistrationResult> AcknowledgedAsync()
    {
        var agent = RunAs(StaffRole.IntakeAgent);
        var registered = await agent.RegisterAsync(NoticeTestData.EmailCustomer());
        await agent.FireAsync(registered.Id, ComplaintTrigger.Acknowledge);
        return registered;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _smtp.DisposeAsync();
    }
}
