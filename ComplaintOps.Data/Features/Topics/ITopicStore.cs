using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>The topic trainer's side of the database: texts, stored embeddings, the model registry and the topics it publishes.</summary>
public interface ITopicStore
{
    /// <summary>The newest <paramref name="max"/> complaints (merged duplicates excluded), newest first.</summary>
    Task<IReadOnlyList<ComplaintText>> ListTextsAsync(int max, CancellationToken cancellationToken);

    /// <summary>The texts of the given complaints (those that exist).</summary>
    Task<IReadOnlyList<ComplaintText>> GetTextsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The current placement of each given complaint that has one.</summary>
    Task<IReadOnlyDictionary<Guid, TopicPlacement>> CurrentPlacementsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Every topic, whatever its state, detached.</summary>
    Task<IReadOnlyList<Topic>> ListTopicsAsync(CancellationToken cancellationToken);

    /// <summary>The stored embeddings of the given complaints made by <paramref name="encoder"/>.</summary>
    Task<IReadOnlyDictionary<Guid, float[]>> GetEmbeddingsAsync(IReadOnlyCollection<Guid> ids, string encoder, CancellationToken cancellationToken);

    /// <summary>Stores embeddings (an existing one of the same complaint is replaced).</summary>
    Task SaveEmbeddingsAsync(IReadOnlyCollection<KeyValuePair<Guid, float[]>> embeddings, string encoder, CancellationToken cancellationToken);

    /// <summary>The newest published model version, or null.</summary>
    Task<ModelVersion?> LatestVersionAsync(CancellationToken cancellationToken);

    /// <summary>The highest model version any placement was made under (0 when none): the demo data places complaints before any training.</summary>
    Task<int> HighestPlacedVersionAsync(CancellationToken cancellationToken);

    /// <summary>Every published version, newest first (no files).</summary>
    Task<IReadOnlyList<ModelVersion>> ListVersionsAsync(CancellationToken cancellationToken);

    Task<byte[]?> PayloadAsync(int modelVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes a retraining in one transaction — version, files, topic fates (with their lineage events) and placements —
    /// only while <paramref name="lease"/> is still held under its generation; false (nothing written) when it was lost.
    /// </summary>
    Task<bool> PublishAsync(ModelPublication publication, LeaseTicket lease, CancellationToken cancellationToken);

    /// <summary>Complaints registered since <paramref name="sinceUtc"/> that are unassigned or in an emerging topic.</summary>
    Task<IReadOnlyList<PlacedText>> UnassignedOrEmergingSinceAsync(DateTimeOffset sinceUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Stores emerging topics found between trainings and places their members in them (under the current model version),
    /// in one transaction and only while <paramref name="lease"/> is held (topic ids are handed out under the lease).
    /// </summary>
    Task<bool> RecordEmergingAsync(
        IReadOnlyList<EmergingTopicRecord> topics, IReadOnlyList<TopicPlacement> placements, int modelVersion, LeaseTicket lease, CancellationToken cancellationToken);

    /// <summary>Places newly registered complaints with the given (current) model version; their earlier placements become history.</summary>
    Task PlaceAsync(IReadOnlyCollection<TopicPlacement> placements, int modelVersion, CancellationToken cancellationToken);
}
