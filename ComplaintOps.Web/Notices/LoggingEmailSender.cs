using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Notices;

namespace ComplaintOps.Web.Notices;

/// <summary>
/// E-mail when no SMTP host is configured (Development, the demo, or Production with e-mail explicitly disabled): the
/// notice goes to the log, with the address masked, and counts as sent. Says so once at start so nobody waits for mail.
/// </summary>
public sealed partial class LoggingEmailSender : INoticeSender
{
    private readonly ILogger<LoggingEmailSender> _logger;

    public LoggingEmailSender(ILogger<LoggingEmailSender> logger)
    {
        _logger = logger;
        LogNoSmtp();
    }

    public NoticeChannel Channel => NoticeChannel.Email;

    public Task SendAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        LogMail(notice.Id, PersonalDataMask.Email(notice.Recipient) ?? "", notice.Subject, notice.Body);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No SMTP host configured (Notices:Smtp:Host): e-mail notices are written to the log, not sent.")]
    private partial void LogNoSmtp();

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail (logged, not sent) {NoticeId} to {Recipient}: {Subject}\n{Body}")]
    private partial void LogMail(Guid noticeId, string recipient, string subject, string body);
}
