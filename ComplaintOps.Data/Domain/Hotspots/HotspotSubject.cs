using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>
/// What a hotspot or batch warning is about: a topic or a product, never both. It is also what the drill-down filters
/// the queue by, so it keeps the typed key rather than a label.
/// </summary>
public readonly record struct HotspotSubject
{
    private HotspotSubject(TopicKey? topic, string? product)
    {
        Topic = topic;
        Product = product;
    }

    public TopicKey? Topic { get; }

    public string? Product { get; }

    public HotspotScope Scope => Topic is null ? HotspotScope.Product : HotspotScope.Topic;

    public static HotspotSubject OfTopic(TopicKey topic) => new(topic, null);

    public static HotspotSubject OfProduct(string product)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(product);
        return new(null, product.Trim());
    }

    /// <summary>"#17" or the product's name (logs, external wallboards).</summary>
    public override string ToString() => Topic?.ToString() ?? Product ?? "";
}
