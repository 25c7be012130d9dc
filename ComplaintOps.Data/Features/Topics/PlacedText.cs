using ComplaintOps.Data.Features.Topics;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>A complaint's text with the topic it currently counts for (null = unassigned).</summary>
public sealed record PlacedText(ComplaintText Text, int? TopicId);
