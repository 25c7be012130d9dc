using ComplaintOps.Data.Domain.Notices;

namespace ComplaintOps.Web.Notices;

/// <summary>
/// Delivers a notice on one channel. Returns only once the mail server or SMS provider has accepted the message; throws
/// when it was not accepted, so the dispatcher never marks sent what was refused.
/// </summary>
public interface INoticeSender
{
    NoticeChannel Channel { get; }

    Task SendAsync(Notice notice, CancellationToken cancellationToken);
}
