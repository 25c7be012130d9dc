namespace ComplaintOps.Data.Domain.Clusters;

/// <summary>
/// The one rule for what analytics group complaints by: the ML cluster id once clustering has assigned one, otherwise the
/// category. Hotspots, batch warnings, KPIs by cluster and root-cause actions all use it, so they agree on what a topic is.
/// </summary>
public static class TopicKeys
{
    public static string? Of(string? cluster, string? category) =>
        !string.IsNullOrWhiteSpace(cluster) ? cluster : string.IsNullOrWhiteSpace(category) ? null : category;
}
