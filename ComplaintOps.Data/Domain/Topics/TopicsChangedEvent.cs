using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Topics;

/// <summary>
/// Topics or placements changed and were committed: an analyst's decision (rename, merge, noise, split request) or a
/// training that published a model version (<see cref="ModelVersion"/> set) or an emerging topic. Published after the
/// commit, through the same stream as complaint changes, so every instance's dashboard re-reads its topic view.
/// <see cref="Topics"/> names the topics concerned; empty means "many, re-read all".
/// </summary>
public sealed record TopicsChangedEvent(IReadOnlyList<TopicKey> Topics, int? ModelVersion, DateTimeOffset OccurredAtUtc) : IDomainEvent;
