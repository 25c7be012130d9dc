using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>Everything a retraining publishes at once: the version record and files, the topics' fates and every training complaint's placement.</summary>
public sealed record ModelPublication(ModelVersion Version, byte[] Payload, IReadOnlyList<TopicOutcome> Topics, IReadOnlyList<TopicPlacement> Placements);
