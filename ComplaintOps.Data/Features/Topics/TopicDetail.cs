namespace ComplaintOps.Data.Features.Topics;

/// <summary>A topic's page: its row, the <see cref="TopicQueries.TypicalCount"/> most typical complaints the viewer may see, and its history, newest first.</summary>
public sealed record TopicDetail(TopicRow Topic, IReadOnlyList<TypicalComplaint> Typical, IReadOnlyList<TopicHistoryEntry> History);
