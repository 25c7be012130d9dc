using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;

namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// What a topic training starts from: the complaints, their current placements (whose nearest topics give the previous
/// topics' members), the stored topics with the analysts' decisions, the stored sentence vectors and the next free topic id.
/// </summary>
public sealed record TopicTrainingInput(
    IReadOnlyList<TrainingComplaint> Complaints,
    IReadOnlyDictionary<Guid, TopicPlacement> Current,
    IReadOnlyList<Topic> Topics,
    IReadOnlyDictionary<Guid, float[]> Embeddings,
    int NextTopicId);
