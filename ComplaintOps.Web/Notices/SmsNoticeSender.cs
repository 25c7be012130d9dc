using ComplaintOps.Data.Domain.Notices;

namespace ComplaintOps.Web.Notices;

/// <summary>SMS notices through whichever <see cref="ISmsProvider"/> is registered; the subject is not sent, only the body.</summary>
public sealed class SmsNoticeSender(ISmsProvider provider) : INoticeSender
{
    public NoticeChannel Channel => NoticeChannel.Sms;

    public Task SendAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return provider.SendAsync(notice.Recipient, notice.Body, notice.Id.ToString("N"), cancellationToken);
    }
}
