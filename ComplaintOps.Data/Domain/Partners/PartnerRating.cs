using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Partners;

/// <summary>
/// A cooperation rating (1–5 with a comment) of a partner for one quarter, by a ManagePartners holder. Rows are never
/// changed: rating a quarter again adds a row, and the latest row is the quarter's rating, so who changed it and when stays.
/// </summary>
public sealed class PartnerRating
{
    public const int Lowest = 1;
    public const int Highest = 5;
    public const int CommentLength = 1000;

    private PartnerRating()
    {
    }

    public Guid Id { get; private set; }

    public string PartnerCode { get; private set; } = "";

    public int Year { get; private set; }

    /// <summary>1–4.</summary>
    public int Quarter { get; private set; }

    public int Score { get; private set; }

    public string Comment { get; private set; } = "";

    public string RatedById { get; private set; } = "";

    public string RatedByName { get; private set; } = "";

    public DateTimeOffset RatedAtUtc { get; private set; }

    /// <summary>"2026Q3".</summary>
    public string Period => $"{Year}Q{Quarter}";

    /// <param name="today">The local date now: a quarter that has not started yet cannot be rated.</param>
    public static PartnerRating Rate(Partner partner, int year, int quarter, int score, string comment, Actor actor, DateOnly today, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(partner);
        PartnerStewardship.Demand(actor);
        if (!partner.Active)
        {
            throw new DomainException("partner_inactive", $"The partner {partner.Code} is inactive.");
        }

        if (quarter is < 1 or > 4 || year < 2000 || new DateOnly(year, ((quarter - 1) * 3) + 1, 1) > today)
        {
            throw new DomainException("invalid_quarter", "Rate a quarter that has begun.");
        }

        if (score is < Lowest or > Highest)
        {
            throw new DomainException("invalid_score", $"The rating is {Lowest} to {Highest}.");
        }

        var c = comment?.Trim() ?? "";
        if (c.Length > CommentLength)
        {
            throw new DomainException("invalid_comment", $"The comment is longer than {CommentLength} characters.");
        }

        nowUtc = StoredInstant.Normalize(nowUtc);
        return new PartnerRating
        {
            Id = Guid.CreateVersion7(nowUtc), PartnerCode = partner.Code, Year = year, Quarter = quarter, Score = score, Comment = c,
            RatedById = actor.Id, RatedByName = actor.Name, RatedAtUtc = nowUtc,
        };
    }
}
