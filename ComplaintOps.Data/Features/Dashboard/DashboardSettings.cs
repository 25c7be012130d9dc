using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Data.Features.Dashboard;

public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>Days of history the live views keep in memory (trends, hotspot baselines).</summary>
    [Range(14, 120)]
    public int WindowDays { get; set; } = 35;

    /// <summary>How often the aggregator re-reads everything from the database.</summary>
    [Range(5, 3600)]
    public int ReconcileSeconds { get; set; } = 120;
}
