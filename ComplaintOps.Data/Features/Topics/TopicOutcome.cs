using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>One topic's result of a retraining, applied to the stored topic when the model version is published.</summary>
public sealed record TopicOutcome(int TopicId, TopicSpace Space, TopicFate Fate, string Label, int Size, double Quality, int? ParentId = null, int? MergedIntoId = null);
