namespace ComplaintOps.Data.Features.Clusters;

/// <summary>Complaint texts for the analytics models, and the cluster each complaint was assigned to.</summary>
public interface IClusterStore
{
    /// <summary>The newest <paramref name="max"/> complaints (merged duplicates excluded), newest first.</summary>
    Task<IReadOnlyList<ComplaintText>> ListTextsAsync(int max, CancellationToken cancellationToken);

    /// <summary>The texts of the given complaints (those that exist).</summary>
    Task<IReadOnlyList<ComplaintText>> GetTextsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Stores (or replaces) the assignments of <paramref name="modelVersion"/>, in batches.</summary>
    Task SaveAsync(IReadOnlyCollection<KeyValuePair<Guid, int>> assignments, string modelVersion, CancellationToken cancellationToken);

    /// <summary>The assignments of the given complaints: complaint id → topic key (<c>version:cluster</c>).</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetTopicKeysAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>How many complaints <paramref name="modelVersion"/> has assigned.</summary>
    Task<int> CountAsync(string modelVersion, CancellationToken cancellationToken);
}
