using ComplaintOps.Data.Domain.Notices;

namespace ComplaintOps.Tests.Data.Notices;

/// <summary>The outbox's back-off and its end: pure rules of <see cref="Notice"/> and <see cref="NoticeRetry"/>.</summary>
public sealed class NoticeRetryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly NoticeRetry Retry = new(4, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1.5));

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 90)]    // 120 s capped at 90
    [InlineData(10, 90)]
    public void The_wait_doubles_after_each_failure_up_to_the_cap(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Retry.DelayAfter(attempts));

    [Fact]
    public void A_notice_is_retried_until_its_last_attempt_fails_then_abandoned()
    {
        var notice = Notice.Create(NoticeKind.Acknowledgement, NoticeChannel.Sms, "13800138000", "zh", "主题", "正文", Now);
        var at = Now;
        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            notice.Claim(at, at.AddMinutes(5));
            Assert.Equal(attempt, notice.Attempts);
            notice.Fail("timeout", at, Retry);
            waits.Add(notice.NextAttemptAtUtc - at);
            at = notice.NextAttemptAtUtc;
        }

        Assert.Equal(NoticeStatus.Abandoned, notice.Status);
        Assert.Equal([30, 60, 90], waits.Take(3).Select(w => (int)w.TotalSeconds));
        Assert.Equal("timeout", notice.LastError);
        Assert.Throws<InvalidOperationException>(() => notice.Claim(at, at.AddMinutes(5)));   // nothing more to send
    }

    [Fact]
    public void A_sent_notice_cannot_fail_afterwards_and_every_step_moves_the_version()
    {
        var notice = Notice.Create(NoticeKind.DecisionNotice, NoticeChannel.Email, "a@example.cn", "en", "Subject", "Body", Now);
        var versions = new List<int> { notice.Version };
        notice.Claim(Now, Now.AddMinutes(5));
        versions.Add(notice.Version);
        notice.MarkSent(Now.AddSeconds(2));
        versions.Add(notice.Version);

        Assert.Equal([1, 2, 3], versions);
        Assert.Equal((NoticeStatus.Sent, Now.AddSeconds(2), 1), (notice.Status, notice.SentAtUtc, notice.Attempts));
        Assert.Throws<InvalidOperationException>(() => notice.Fail("late", Now, Retry));
    }
}
