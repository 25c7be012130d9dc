using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>
/// Reads of the topics workspace. Lists and details need <see cref="Domain.Access.Permission.ViewAnalytics"/> (refused with a
/// <see cref="Domain.Common.ForbiddenException"/>); typical complaints are only those the viewer may see.
/// </summary>
public interface ITopicQueries
{
    /// <summary>Topics matching <paramref name="query"/>: emerging first, then active, noise, merged and ended, each by size.</summary>
    Task<IReadOnlyList<TopicRow>> ListAsync(TopicListQuery query, Actor viewer, CancellationToken cancellationToken);

    /// <summary>The topic with its typical complaints and history; null when there is no such topic.</summary>
    Task<TopicDetail?> GetAsync(TopicKey key, Actor viewer, CancellationToken cancellationToken);

    /// <summary>
    /// The name people see of every topic. Topic names are not personal data and are shown wherever a topic key is (root-cause
    /// actions, case library, queue filter), to people without analytics rights too, so this takes no viewer.
    /// </summary>
    Task<IReadOnlyDictionary<TopicKey, string>> NamesAsync(CancellationToken cancellationToken);
}
