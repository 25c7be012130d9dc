using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Web.Realtime;

/// <summary>Committed topic changes (an analyst's decision or a published training), carried to every instance's aggregator.</summary>
public sealed record TopicsChange(IReadOnlyList<TopicKey> Topics, int? ModelVersion, DateTimeOffset OccurredAtUtc)
{
    public static TopicsChange From(TopicsChangedEvent e) => new([.. e.Topics], e.ModelVersion, e.OccurredAtUtc);
}
