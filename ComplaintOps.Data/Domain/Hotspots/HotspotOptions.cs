using System.ComponentModel.DataAnnotations;
using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>
/// When a topic counts as a hotspot: its count in the current window against the same-length windows before it
/// (its own baseline, so a topic that is always busy is not a hotspot for being busy). Section <c>Analytics:Hotspots</c>.
/// </summary>
public sealed class HotspotOptions
{
    public const string SectionName = "Analytics:Hotspots";

    /// <summary>Length of the current window and of each baseline window.</summary>
    [Range(1, 168)]
    public int WindowHours { get; set; } = 24;

    /// <summary>History the baseline covers: the windows of <see cref="WindowHours"/> in the previous N days.</summary>
    [Range(1, 90)]
    public int BaselineDays { get; set; } = 28;

    /// <summary>Fewest complaints in the current window for a hotspot (a jump from 0 to 2 is not one).</summary>
    [Range(1, 100_000)]
    public int MinimumCount { get; set; } = 5;

    /// <summary>The current count must be at least this multiple of the baseline mean (a mean below 1 counts as 1).</summary>
    [Range(1.0, 1000.0)]
    public double MinimumRatio { get; set; } = 2.0;

    /// <summary>… and at least this many standard deviations above it (a spread below 1 counts as 1, so a flat history is not infinitely sensitive).</summary>
    [Range(0.0, 1000.0)]
    public double MinimumZScore { get; set; } = 3.0;

    /// <summary>Baseline windows: BaselineDays × 24 ÷ WindowHours, at least one.</summary>
    public int BaselineWindows => Math.Max(1, BaselineDays * 24 / WindowHours);

    /// <summary>Throws when a value is out of range (for options built in code rather than bound and validated at start).</summary>
    public HotspotOptions Validated()
    {
        OptionsValidation.Check(this);
        return this;
    }
}
