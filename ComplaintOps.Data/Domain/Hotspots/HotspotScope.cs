namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>What a hotspot counts over: a topic or a product.</summary>
public enum HotspotScope
{
    Topic,
    Product,
}
