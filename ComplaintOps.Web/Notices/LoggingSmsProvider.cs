using ComplaintOps.Data.Domain.Access;

namespace ComplaintOps.Web.Notices;

/// <summary>The demo's SMS gateway: writes the masked number and the text to the log instead of sending.</summary>
public sealed partial class LoggingSmsProvider(ILogger<LoggingSmsProvider> logger) : ISmsProvider
{
    public Task SendAsync(string phone, string text, string messageId, CancellationToken cancellationToken)
    {
        LogSms(PersonalDataMask.Phone(phone) ?? "", messageId, text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS (logged, not sent) {MessageId} to {Phone}: {Text}")]
    private partial void LogSms(string phone, string messageId, string text);
}
