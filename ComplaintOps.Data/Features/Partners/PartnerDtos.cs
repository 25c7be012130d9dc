using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Partners;

public sealed record NewPartner(string Code, string Name, string NameEn, PartnerKind Kind);

/// <summary>A quarter's cooperation rating as shown (the latest row for that quarter).</summary>
public sealed record RatingView(int Year, int Quarter, int Score, string Comment, string RatedByName, DateTimeOffset RatedAtUtc)
{
    public string Period => $"{Year}Q{Quarter}";
}

/// <summary>A partner on the management page.</summary>
public sealed record PartnerRow(string Code, string Name, string NameEn, PartnerKind Kind, bool Active, int Version, RatingView? LatestRating)
{
    public string DisplayName(bool chinese) => chinese ? Name : NameEn;
}

/// <summary>A partner's line of the scorecard for a period. Rates are null when nothing counts toward them.</summary>
public sealed record PartnerScore(
    string Code,
    string Name,
    string NameEn,
    PartnerKind Kind,
    bool Active,
    int Complaints,
    int Open,
    double? OnTimeRate,
    double? MeanCycleHours,
    double? SatisfactionRate,
    double? RepeatRate,
    RatingView? LatestRating)
{
    public string DisplayName(bool chinese) => chinese ? Name : NameEn;
}
