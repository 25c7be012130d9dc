using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>
/// Analysts steer topics; the next training respects their decisions. Each command needs
/// <see cref="Domain.Access.Permission.SteerTopics"/>, quotes the version the analyst saw (a topic changed meanwhile is refused
/// with code <c>concurrency_conflict</c>), refuses bad input with a <see cref="Domain.Common.DomainException"/> and changes
/// nothing then; after the commit it publishes a <see cref="TopicsChangedEvent"/>. Each returns the topic's new version.
/// </summary>
public interface ITopicCommands
{
    /// <summary>Names the topic (blank clears the name: the automatic label shows again). The name survives retraining.</summary>
    Task<int> RenameAsync(TopicKey topic, int expectedVersion, string? name, Actor actor, CancellationToken cancellationToken);

    /// <summary>
    /// Merges <paramref name="topic"/> into <paramref name="into"/> (e.g. the English and Chinese topics of one problem): in
    /// one transaction the current placements of its complaints move to <paramref name="into"/> (history keeps them under
    /// <paramref name="topic"/>) and topics merged into it earlier now point at <paramref name="into"/>.
    /// </summary>
    Task<int> MergeAsync(TopicKey topic, int expectedVersion, TopicKey into, Actor actor, CancellationToken cancellationToken);

    /// <summary>Marks the topic as noise (its complaints stay in it; hotspots and alerts ignore it), or clears that.</summary>
    Task<int> MarkNoiseAsync(TopicKey topic, int expectedVersion, bool noise, Actor actor, CancellationToken cancellationToken);

    /// <summary>Asks the next training to split the topic in two.</summary>
    Task<int> RequestSplitAsync(TopicKey topic, int expectedVersion, Actor actor, CancellationToken cancellationToken);
}
