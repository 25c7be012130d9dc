using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.CaseLibrary;

/// <summary>
/// A closed complaint kept as a precedent (DESIGN §4, 案例库): an anonymised summary, root cause, resolution and lessons,
/// organised by category and topic. Only a <see cref="ComplaintStatus.Closed"/> complaint qualifies (the customer has had
/// the result and the feedback round is over; withdrawn, rejected and merged complaints have no resolution worth keeping,
/// and an appealed one is open again), and each complaint is promoted at most once.
/// </summary>
public sealed class LibraryCase
{
    private LibraryCase()
    {
    }

    public Guid Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    /// <summary>The original complaint's reference, so handlers can open it.</summary>
    public string Reference { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string RootCause { get; private set; } = "";

    public string Resolution { get; private set; } = "";

    public string Lessons { get; private set; } = "";

    public string Category { get; private set; } = "";

    /// <summary>The topic its complaint was in when it was promoted (null if it had none); kept as the case's topic.</summary>
    public int? TopicId { get; private set; }

    public TopicKey? Topic => TopicKey.From(TopicId);

    /// <summary>The complaint's product, as registered (a library filter).</summary>
    public string? Product { get; private set; }

    /// <summary>
    /// How the complaint ended for the customer: the remedy of its resolution (refund, compensation, gift, written apology
    /// or none), the library's "outcome" filter. A closed complaint always has one.
    /// </summary>
    public CompensationKind Outcome { get; private set; }

    public string Language { get; private set; } = "zh";

    public string PromotedById { get; private set; } = "";

    public string PromotedByName { get; private set; } = "";

    public DateTimeOffset PromotedAtUtc { get; private set; }

    /// <summary>Optimistic concurrency token: +1 on every change.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// Builds the case; the caller has validated the texts (<c>CasePromotionValidator</c>) and checked "once", and passes the
    /// complaint's current <paramref name="topic"/>.
    /// </summary>
    public static LibraryCase Promote(Complaint complaint, CasePromotion promotion, Actor actor, DateTimeOffset nowUtc, TopicKey? topic = null)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(promotion);
        ArgumentNullException.ThrowIfNull(actor);
        if (complaint.Status != ComplaintStatus.Closed)
        {
            throw new CaseNotPromotableException(complaint.Reference, complaint.Status);
        }

        return new LibraryCase
        {
            Id = Guid.CreateVersion7(nowUtc),
            ComplaintId = complaint.Id,
            Reference = complaint.Reference,
            Title = promotion.Title.Trim(),
            Summary = promotion.Summary.Trim(),
            RootCause = promotion.RootCause.Trim(),
            Resolution = promotion.Resolution.Trim(),
            Lessons = promotion.Lessons.Trim(),
            Category = complaint.Category ?? "OTHER",
            TopicId = topic?.Value,
            Product = complaint.Product,
            Outcome = complaint.CompensationKind,
            Language = complaint.Language,
            PromotedById = actor.Id,
            PromotedByName = actor.Name,
            PromotedAtUtc = StoredInstant.Normalize(nowUtc),
            Version = 1,
        };
    }

    /// <summary>The text the full-text index and the embedder read: everything a handler would search for.</summary>
    public string SearchText => string.Join('\n', Title, Summary, RootCause, Resolution, Lessons);

    /// <summary>Files the case under another topic (e.g. after a split); the rest of a case never changes.</summary>
    public void AssignTopic(TopicKey? topic)
    {
        TopicId = topic?.Value;
        Version++;
    }
}
