using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Data.Features.Demo;

public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Fill an empty database with the demo data set on first start. Off unless configured (Development turns it on).</summary>
    public bool Seed { get; set; }

    /// <summary>Create one demo account per role (passwords in the README). Off unless configured (Development turns it on).</summary>
    public bool Users { get; set; }

    [Range(0, 1_000_000)]
    public int Complaints { get; set; } = 6000;

    /// <summary>Same seed, same data (relative to the start day).</summary>
    public int RandomSeed { get; set; } = 20261122;
}
