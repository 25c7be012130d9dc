using ComplaintOps.Data.Domain.Notices;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ComplaintOps.Web.Notices;

/// <summary>
/// E-mail over SMTP with MailKit, one connection per notice. <see cref="SendAsync"/> returns when the server has
/// answered the message's DATA with 250 (accepted); any refusal or broken connection before that throws. The Message-ID
/// is the notice id, so the rare second copy (see <see cref="NoticeDispatcher"/>) carries the same id and a mail server
/// or client that deduplicates shows one message.
/// </summary>
public sealed class SmtpNoticeSender(IOptions<SmtpOptions> options) : INoticeSender
{
    public NoticeChannel Channel => NoticeChannel.Email;

    public async Task SendAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var smtp = options.Value;
        var message = Compose(notice, smtp);
        using var client = new SmtpClient();
        var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host ?? "", smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpProtocolException or TimeoutException)
        {
            // The message was accepted (250 to DATA): a failed QUIT must not count as a failed send, or it would be sent again.
        }
    }

    /// <summary>The message as sent: plain text, UTF-8, the notice's language declared.</summary>
    public static MimeMessage Compose(Notice notice, SmtpOptions smtp)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(smtp);
        var from = MailboxAddress.Parse(smtp.From);
        var body = new TextPart("plain") { Text = notice.Body };
        body.Headers.Add(HeaderId.ContentLanguage, notice.Language == "en" ? "en" : "zh-CN");   // a content header: on the part
        var message = new MimeMessage { Subject = notice.Subject, Body = body, MessageId = $"{notice.Id:N}@{from.Domain}" };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(notice.Recipient));
        return message;
    }
}
