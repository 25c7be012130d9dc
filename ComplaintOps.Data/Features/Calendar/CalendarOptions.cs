using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Data.Features.Calendar;

public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>Warn when a region's calendar covers fewer than this many days ahead (the next year's holidays are missing).</summary>
    [Range(1, 3650)]
    public int CoverageWarningDays { get; set; } = 90;

    /// <summary>IANA time zone the UK's working days are counted in (China's is <c>Sla:TimeZone</c>).</summary>
    [Required]
    public string UnitedKingdomTimeZone { get; set; } = "Europe/London";
}
