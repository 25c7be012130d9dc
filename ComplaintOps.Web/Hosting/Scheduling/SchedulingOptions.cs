using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Web.Hosting.Scheduling;

/// <summary>The scheduler (section <c>Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Off: no periodic work runs on this instance (tests that drive the methods themselves; a web-only node).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a node tells the cluster it is alive; a node silent for twice this long has its work taken over.</summary>
    [Range(1, 600)]
    public int CheckinSeconds { get; set; } = 15;
}
