using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Data.Features.Sla;

public sealed class SlaOptions
{
    public const string SectionName = "Sla";

    /// <summary>IANA time zone the working days are counted in.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Policy profile for new complaints: Standard or Bank2020.</summary>
    [Required]
    public string Policy { get; set; } = "Standard";

    /// <summary>Share of a clock's span after which it is at risk.</summary>
    [Range(0.1, 0.99)]
    public double AtRiskFraction { get; set; } = 0.8;

    [Range(0, 1_000_000_000)]
    public decimal HandlerLimit { get; set; } = 1_000m;

    [Range(0, 1_000_000_000)]
    public decimal DepartmentHeadLimit { get; set; } = 10_000m;
}
