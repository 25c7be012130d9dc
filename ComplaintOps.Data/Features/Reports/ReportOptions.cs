using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Data.Features.Reports;

public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>How many days before a semi-annual report is due the reminder goes out (and the banner shows).</summary>
    [Range(1, 60)]
    public int ReminderDaysBefore { get; set; } = 14;

    /// <summary>Where the reminder goes when no compliance account has an e-mail address.</summary>
    [Required, EmailAddress]
    public string ComplianceMailbox { get; set; } = "compliance@complaintops.invalid";
}
