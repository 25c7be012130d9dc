using System.Globalization;
using ComplaintOps.Analytics.Models;

namespace ComplaintOps.Web.Localization;

/// <summary>
/// How a topic key reads: a cluster key (<c>v3:12</c>) as "#12 · its top terms" from the current model, a category code
/// as the category's name. Hotspots, KPIs by cluster and root-cause actions group by these keys.
/// </summary>
public sealed class TopicNames(CurrentModels current)
{
    public string Of(string? topicKey)
    {
        if (string.IsNullOrWhiteSpace(topicKey))
        {
            return "—";
        }

        var colon = topicKey.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !int.TryParse(topicKey.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Labels.Category(topicKey);
        }

        var topic = current.Models?.Topics.Topics.FirstOrDefault(c => c.ReportedTopicId == id);
        return topic is null ? $"#{id}" : $"#{id} · {topic.Label}";
    }

    /// <summary>True for a cluster key, false for a category code.</summary>
    public static bool IsCluster(string topicKey) => topicKey.Contains(':', StringComparison.Ordinal);
}
