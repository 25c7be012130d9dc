using ComplaintOps.Data.Domain.Notices;

namespace ComplaintOps.Data.Features.Notices;

/// <summary>
/// One notice of a complaint as its page shows it. <see cref="Recipient"/> is always masked: the customer's address and
/// phone are shown in clear only through the complaint page's logged "show" (every unmasking audited), never here.
/// </summary>
public sealed record NoticeRow(
    Guid Id,
    NoticeKind Kind,
    NoticeChannel Channel,
    string Recipient,
    string Language,
    string Subject,
    NoticeStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? SentAtUtc,
    DateTimeOffset NextAttemptAtUtc,
    int Version)
{
    /// <summary>Abandoned and not yet sent again: a person may ask for it to be sent again.</summary>
    public bool AwaitsResend { get; init; }
}
