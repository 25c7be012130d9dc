using ComplaintOps.Data.Domain.Reference;
using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Data.Features.Sla;

public sealed class SlaOptions
{
    public const string SectionName = "Sla";

    /// <summary>IANA time zone the working days are counted in.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The business clock's time zone (<see cref="TimeZone"/>): the one place every local day is read from.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>
    /// The institution's policy profile for new complaints (see SlaPolicies: Bank2020 for banks and insurers, Bank2012,
    /// InvestmentCompany, CFPB, UkDisp, UkDispPayments).
    /// </summary>
    [Required]
    public string Policy { get; set; } = "Bank2020";

    /// <summary>Profiles that override <see cref="Policy"/> for complaints about a product (e.g. "Payments": "UkDispPayments").</summary>
    public Dictionary<string, string> ProductPolicies { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Profiles for complaints from a channel (e.g. "Regulator": "Bank2012"); a product's own profile comes first.</summary>
    public Dictionary<Channel, string> ChannelPolicies { get; set; } = [];

    /// <summary>The institution's own amount above which a complaint is major (重大投诉); null for none.</summary>
    [Range(0, 1_000_000_000)]
    public decimal? MajorAmountThreshold { get; set; }

    /// <summary>Share of a clock's span after which it is at risk.</summary>
    [Range(0.1, 0.99)]
    public double AtRiskFraction { get; set; } = 0.8;

    [Range(0, 1_000_000_000)]
    public decimal HandlerLimit { get; set; } = 1_000m;

    [Range(0, 1_000_000_000)]
    public decimal DepartmentHeadLimit { get; set; } = 10_000m;
}
