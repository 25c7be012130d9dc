using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.CaseLibrary;

/// <summary>
/// A closed complaint kept as a precedent (DESIGN §4, 案例库): an anonymised summary, root cause, resolution and lessons,
/// organised by category and cluster. Only a <see cref="ComplaintStatus.Closed"/> complaint qualifies (the customer has had
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

    public string? Cluster { get; private set; }

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

    /// <summary>Builds the case; the caller has validated the texts (<c>CasePromotionValidator</c>) and checked "once".</summary>
    public static LibraryCase Promote(Complaint complaint, CasePromotion promotion, Actor actor, DateTimeOffset nowUtc)
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
            Product = complaint.Product,
            Outcome = complaint.CompensationKind,
            Cluster = string.IsNullOrWhiteSpace(promotion.Cluster) ? null : promotion.Cluster.Trim(),
            Language = complaint.Language,
            PromotedById = actor.Id,
            PromotedByName = actor.Name,
            PromotedAtUtc = StoredInstant.Normalize(nowUtc),
            Version = 1,
        };
    }

    /// <summary>The text the full-text index and the embedder read: everything a handler would search for.</summary>
    public string SearchText => string.Join('\n', Title, Summary, RootCause, Resolution, Lessons);

    /// <summary>The clustering model (re)labels cases as it learns; the rest of a case never changes.</summary>
    public void AssignCluster(string? cluster)
    {
        Cluster = string.IsNullOrWhiteSpace(cluster) ? null : cluster.Trim();
        Version++;
    }
}
