namespace ComplaintOps.Data.Features.Dashboard;

/// <summary>What a hotspot counts over: a topic (cluster id, or the category until clustering assigns one) or a product.</summary>
public enum HotspotScope
{
    Topic,
    Product,
}
