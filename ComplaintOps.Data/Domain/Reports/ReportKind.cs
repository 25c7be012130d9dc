namespace ComplaintOps.Data.Domain.Reports;

public enum ReportKind
{
    /// <summary>The statistical report to the regulator, per half-year.</summary>
    SemiAnnual,

    /// <summary>The public disclosure summary: counts and rates by category, region and channel only.</summary>
    Disclosure,
}
