using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Data.Notices;

/// <summary>Sending an abandoned notice again: who may, what it writes, and that it happens once.</summary>
public sealed class NoticeResendTests : IntegrationTest
{
    private static readonly NoticeRetry OneTry = new(1, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5));

    [Fact]
    public async Task An_abandoned_notice_is_sent_again_once_with_the_sender_on_the_history()
    {
        var (id, notice) = await AbandonedAcknowledgementAsync();
        var commands = Get<INoticeCommands>();
        var feedback = RunAs(StaffRole.FeedbackAgent);

        var again = await commands.ResendAsync(notice.Id, notice.Version, feedback.Actor, Ct);

        var all = await NoticeTestData.AllAsync(Database);
        Assert.Equal(2, all.Count);
        var copy = all.Single(n => n.Id == again);
        Assert.Equal((NoticeStatus.Pending, 0, notice.Subject, notice.Body, notice.Recipient), (copy.Status, copy.Attempts, copy.Subject, copy.Body, copy.Recipient));
        Assert.Equal(NoticeStatus.Abandoned, all.Single(n => n.Id == notice.Id).Status);   // the failure stays on record
        var resent = (await feedback.GetAsync(id))!.Timeline.Single(e => e.Kind == Complaint.NoticeResentKind);
        Assert.Equal(feedback.Actor.Name, resent.ActorName);

        var rows = await Get<INoticeQueries>().ForComplaintAsync(id, feedback.Actor, Ct);
        Assert.False(rows.Single(r => r.Id == notice.Id).AwaitsResend);
        var fresh = rows.Single(r => r.Id == notice.Id).Version;
        var second = await Assert.ThrowsAsync<DomainException>(() => commands.ResendAsync(notice.Id, fresh, feedback.Actor, Ct));
        Assert.Equal("notice_not_abandoned", second.Code);
    }

    [Fact]
    public async Task Only_those_who_handle_the_case_or_follow_up_with_the_customer_may_send_again()
    {
        var (_, notice) = await AbandonedAcknowledgementAsync();
        var commands = Get<INoticeCommands>();

        var auditor = await Assert.ThrowsAsync<ForbiddenException>(() => commands.ResendAsync(notice.Id, notice.Version, TestActors.Of(StaffRole.Auditor), Ct));
        Assert.Equal(ComplaintOps.Data.Domain.Access.Permission.HandleComplaint, auditor.Missing);
        await Assert.ThrowsAsync<ForbiddenException>(() => commands.ResendAsync(notice.Id, notice.Version, TestActors.Staff("HLOANS1"), Ct));   // out of scope
        Assert.Single(await NoticeTestData.AllAsync(Database));

        await commands.ResendAsync(notice.Id, notice.Version, TestRules.Handler, Ct);   // positive control: the case's handler may
        Assert.Equal(2, (await NoticeTestData.AllAsync(Database)).Count);
    }

    private async Task<(Guid Complaint, Notice Notice)> AbandonedAcknowledgementAsync()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Investigating);
        await RunAs(StaffRole.Handler).FireAsync(id, ComplaintTrigger.Acknowledge);
        await using var db = TestServices.OpenContext(Database);
        var notice = await db.Notices.SingleAsync(Ct);
        var now = Clock.GetUtcNow();
        notice.Claim(now, now.AddMinutes(5));
        notice.Fail("550 mailbox unavailable", now, OneTry);
        await db.SaveChangesAsync(Ct);
        return (id, notice);
    }
}
