using ComplaintOps.Data.Features.Topics;

namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// A topic training's output: the model, each topic's fate, every training complaint's placement, the sentence vectors it had
/// to compute (to store, so the next training reads them) and the report (parameters and quality, stored with the version).
/// </summary>
public sealed record TopicTrainingResult(
    TopicModel Model,
    IReadOnlyList<TopicOutcome> Outcomes,
    IReadOnlyList<TopicPlacement> Placements,
    IReadOnlyList<KeyValuePair<Guid, float[]>> NewEmbeddings,
    IReadOnlyList<SpaceReport> Report);
