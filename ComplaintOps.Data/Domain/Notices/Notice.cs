using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Notices;

/// <summary>
/// One message in the outbox. It is written in the same transaction as the change that needs it (so a rolled-back change
/// never sends one and a committed change always has one) and rendered then, in the recipient's language, so what is sent
/// is what was decided even if a template changes later. A dispatcher delivers it at least once.
/// </summary>
public sealed class Notice
{
    public const int RecipientLength = 256;
    public const int SubjectLength = 200;
    public const int BodyLength = 8000;

    private Notice()
    {
    }

    public Guid Id { get; private set; }

    public NoticeKind Kind { get; private set; }

    public NoticeChannel Channel { get; private set; }

    /// <summary>E-mail address or phone number (personal data when it is a customer's).</summary>
    public string Recipient { get; private set; } = "";

    /// <summary>"zh" or "en".</summary>
    public string Language { get; private set; } = "zh";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>The complaint it is about, when it is about one.</summary>
    public Guid? ComplaintId { get; private set; }

    /// <summary>The staff member it is addressed to, when it goes to staff.</summary>
    public string? StaffId { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private set; }

    public NoticeStatus Status { get; internal set; }

    public int Attempts { get; internal set; }

    /// <summary>Not before this instant (the retry back-off); the dispatcher picks pending notices due by now.</summary>
    public DateTimeOffset NextAttemptAtUtc { get; internal set; }

    public DateTimeOffset? SentAtUtc { get; internal set; }

    public string? LastError { get; internal set; }

    /// <summary>The pending copy a person asked for after this one was abandoned; null until then (and at most one).</summary>
    public Guid? ResentAsId { get; private set; }

    /// <summary>Optimistic concurrency token, so two dispatchers never both mark one notice.</summary>
    public int Version { get; internal set; }

    public const int ErrorLength = 1000;

    /// <summary>
    /// A dispatcher takes the notice for one attempt: the attempt is counted and the notice is hidden from other
    /// dispatchers until <paramref name="leaseUntilUtc"/>. Saved with the version token, so of two dispatchers that read the
    /// same pending notice only one claim commits; a dispatcher that dies after claiming leaves it to be retried then.
    /// </summary>
    public void Claim(DateTimeOffset nowUtc, DateTimeOffset leaseUntilUtc)
    {
        RequirePending();
        Attempts++;
        NextAttemptAtUtc = StoredInstant.Normalize(leaseUntilUtc > nowUtc ? leaseUntilUtc : nowUtc);
        Version++;
    }

    /// <summary>The mail server or SMS provider accepted the message.</summary>
    public void MarkSent(DateTimeOffset nowUtc)
    {
        RequirePending();
        Status = NoticeStatus.Sent;
        SentAtUtc = StoredInstant.Normalize(nowUtc);
        LastError = null;
        Version++;
    }

    /// <summary>
    /// The attempt was refused or failed before the message was accepted: retried after the back-off of
    /// <paramref name="retry"/>, or abandoned once it has had all its attempts.
    /// </summary>
    public void Fail(string error, DateTimeOffset nowUtc, NoticeRetry retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        RequirePending();
        var text = string.IsNullOrWhiteSpace(error) ? "Unknown error" : error.Trim();
        LastError = text.Length > ErrorLength ? text[..ErrorLength] : text;
        if (Attempts >= retry.MaxAttempts)
        {
            Status = NoticeStatus.Abandoned;
        }
        else
        {
            NextAttemptAtUtc = StoredInstant.Normalize(nowUtc + retry.DelayAfter(Attempts));
        }

        Version++;
    }

    /// <summary>
    /// A new pending copy of an abandoned notice; the abandoned one stays as the record of what failed, its version moved
    /// so that two people pressing "send again" at once send it once.
    /// </summary>
    public Notice Resend(DateTimeOffset nowUtc)
    {
        if (Status != NoticeStatus.Abandoned || ResentAsId is not null)
        {
            throw new DomainException("notice_not_abandoned", "Only an abandoned notice can be sent again, and only once.");
        }

        var copy = Create(Kind, Channel, Recipient, Language, Subject, Body, nowUtc, ComplaintId, StaffId);
        ResentAsId = copy.Id;
        Version++;
        return copy;
    }

    private void RequirePending()
    {
        if (Status != NoticeStatus.Pending)
        {
            throw new InvalidOperationException($"Notice {Id} is {Status}, not pending.");
        }
    }

    public static Notice Create(NoticeKind kind, NoticeChannel channel, string recipient, string language, string subject, string body,
        DateTimeOffset nowUtc, Guid? complaintId = null, string? staffId = null)
    {
        var to = recipient?.Trim() ?? "";
        if (to.Length is 0 or > RecipientLength)
        {
            throw new DomainException("validation_failed", "A notice needs a recipient address.");
        }

        if (string.IsNullOrWhiteSpace(subject) || subject.Length > SubjectLength || string.IsNullOrWhiteSpace(body) || body.Length > BodyLength)
        {
            throw new DomainException("validation_failed", "A notice needs a subject and a body within their limits.");
        }

        var now = StoredInstant.Normalize(nowUtc);
        return new Notice
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            Channel = channel,
            Recipient = to,
            Language = language == "en" ? "en" : "zh",
            Subject = subject,
            Body = body,
            ComplaintId = complaintId,
            StaffId = staffId,
            CreatedAtUtc = now,
            Status = NoticeStatus.Pending,
            NextAttemptAtUtc = now,
            Version = 1,
        };
    }
}
