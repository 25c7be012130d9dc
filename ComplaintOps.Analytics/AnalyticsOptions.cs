using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Analytics;

/// <summary>Where models live and how clustering is trained (section "Analytics").</summary>
public sealed class AnalyticsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Analytics";

    /// <summary>Root directory of the versioned model files (one sub-directory per model kind).</summary>
    [Required]
    public string ModelDirectory { get; set; } = "App_Data/models";

    /// <summary>Complete model versions kept per kind.</summary>
    [Range(1, 100)]
    public int KeepVersions { get; set; } = 3;

    /// <summary>Fixed number of clusters; null chooses it automatically.</summary>
    [Range(2, 1000)]
    public int? ClusterCount { get; set; }

    /// <summary>Largest k tried by the automatic choice.</summary>
    [Range(2, 1000)]
    public int MaxClusterCount { get; set; } = 40;
}
