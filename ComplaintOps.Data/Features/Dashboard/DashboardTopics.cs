using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Dashboard;

/// <summary>
/// The dashboard's view of the topics: every topic's name and state (hotspots skip noise, merged and ended topics and show
/// names) and the emerging ones with the span of their complaints. Re-read when topics change, not per complaint.
/// </summary>
public sealed record DashboardTopics(IReadOnlyList<TopicBrief> Topics, IReadOnlyList<EmergingTopic> Emerging)
{
    public static DashboardTopics None { get; } = new([], []);

    public IReadOnlyDictionary<TopicKey, TopicState> States() => Topics.ToDictionary(t => t.Key, t => t.State);
}

/// <summary>A topic's key, the name people see and its state.</summary>
public sealed record TopicBrief(TopicKey Key, string DisplayName, TopicState State);

/// <summary>
/// An emerging-topic alert: a provisional topic found between trainings, with its automatic label, how many complaints it
/// holds now and when the first and last of them were registered (the drill-down's window).
/// </summary>
public sealed record EmergingTopic(TopicKey Key, string Label, TopicSpace Space, int Size, DateTimeOffset FirstAtUtc, DateTimeOffset LastAtUtc);
