namespace ComplaintOps.Data.Domain.Clusters;

/// <summary>
/// Which topic cluster of which model version a complaint belongs to. Written by the analytics module at intake and after each
/// retraining (one row per complaint, replaced when a newer model re-assigns it); read by hotspots, the case library and the
/// cost and effectiveness figures.
/// </summary>
public sealed class ComplaintCluster
{
    public ComplaintCluster(Guid complaintId, int cluster, string modelVersion, DateTimeOffset assignedAtUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cluster);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelVersion);
        ComplaintId = complaintId;
        Cluster = cluster;
        ModelVersion = modelVersion;
        AssignedAtUtc = assignedAtUtc;
    }

    public Guid ComplaintId { get; private set; }

    public int Cluster { get; private set; }

    public string ModelVersion { get; private set; }

    public DateTimeOffset AssignedAtUtc { get; private set; }

    /// <summary>The key hotspots and reports group by: the model version and the cluster, e.g. <c>v3:12</c>.</summary>
    public string TopicKey => Key(ModelVersion, Cluster);

    public static string Key(string modelVersion, int cluster) => $"{modelVersion}:{cluster}";

    public void Reassign(int cluster, string modelVersion, DateTimeOffset assignedAtUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cluster);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelVersion);
        Cluster = cluster;
        ModelVersion = modelVersion;
        AssignedAtUtc = assignedAtUtc;
    }
}
