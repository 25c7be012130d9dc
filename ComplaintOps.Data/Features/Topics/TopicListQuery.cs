using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>Which topics the workspace lists: by state, by space and by a text in the analyst's name or the automatic label.</summary>
public sealed record TopicListQuery(TopicState? State = null, TopicSpace? Space = null, string? Text = null);
