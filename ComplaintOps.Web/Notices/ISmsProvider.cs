namespace ComplaintOps.Web.Notices;

/// <summary>A text-message gateway. <paramref name="messageId"/> is the notice id, for a gateway that deduplicates.</summary>
public interface ISmsProvider
{
    Task SendAsync(string phone, string text, string messageId, CancellationToken cancellationToken);
}
