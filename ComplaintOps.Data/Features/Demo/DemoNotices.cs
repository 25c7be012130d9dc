using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Features.Notices;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>
/// The notices the recent demo complaints would have sent (acknowledgements, decisions, callback invitations), written by
/// the real <see cref="NoticeWriter"/> at the time of each event, and delivered: all sent, except one decision e-mail the
/// mail server kept refusing (abandoned, to be sent again from its page) and one SMS acknowledgement waiting for its
/// second attempt (the running dispatcher delivers it).
/// </summary>
public static class DemoNotices
{
    /// <summary>Complaints registered within this many days get their notices (older ones were before the outbox).</summary>
    public const int RecentDays = 21;

    private static readonly NoticeRetry Retry = new(5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(60));

    public static IEnumerable<Notice> For(Complaint complaint, NoticeWriter writer, BusinessCalendar calendar, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(writer);
        if (complaint.RegisteredAtUtc < nowUtc.AddDays(-RecentDays))
        {
            return [];
        }

        var notices = new List<Notice>();
        foreach (var e in complaint.Events)
        {
            ComplaintActivity? activity = e.Kind switch
            {
                nameof(ComplaintTrigger.Acknowledge) => new Acknowledge(),
                nameof(ComplaintTrigger.GiveFeedback) when complaint.Decision is { } decision => new GiveFeedback(decision),
                _ => null,
            };
            if (activity is not null)
            {
                notices.AddRange(writer.For(complaint, activity, calendar, e.OccurredAtUtc));
            }
        }

        return notices;
    }

    /// <summary>Delivers <paramref name="notices"/> as described above; returns them.</summary>
    public static IReadOnlyList<Notice> Deliver(IReadOnlyList<Notice> notices, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var refused = notices.FirstOrDefault(n => n.Kind == NoticeKind.DecisionNotice && n.Channel == NoticeChannel.Email);
        var retrying = notices.LastOrDefault(n => n.Kind == NoticeKind.Acknowledgement && n.Channel == NoticeChannel.Sms);
        foreach (var notice in notices)
        {
            var at = notice.CreatedAtUtc.AddMinutes(1);
            if (notice == refused)
            {
                while (notice.Status == NoticeStatus.Pending)
                {
                    notice.Claim(at, at.AddMinutes(5));
                    notice.Fail("SmtpCommandException: 550 5.1.1 Mailbox unavailable (user unknown)", at, Retry);
                    at += Retry.DelayAfter(notice.Attempts);
                }
            }
            else if (notice == retrying)
            {
                notice.Claim(at, at.AddMinutes(5));
                notice.Fail("HttpRequestException: SMS gateway timed out", nowUtc.AddMinutes(-1), Retry);
            }
            else
            {
                notice.Claim(at, at.AddMinutes(5));
                notice.MarkSent(at);
            }
        }

        return notices;
    }
}
