namespace ComplaintOps.Web.Realtime;

public sealed class RealtimeOptions
{
    public const string SectionName = "Realtime";

    /// <summary>Redis connection string. When set, changes cross server instances over Redis (hub backplane and event bus).</summary>
    public string? Redis { get; set; }
}
