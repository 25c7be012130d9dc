using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>Section <c>Analytics:Effectiveness</c>.</summary>
public sealed class EffectivenessOptions
{
    public const string SectionName = "Analytics:Effectiveness";

    /// <summary>Weeks before and after a root-cause action's completion that its effect compares.</summary>
    [Range(1, 52)]
    public int EffectWeeks { get; set; } = 4;
}
