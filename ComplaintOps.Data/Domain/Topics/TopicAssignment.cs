namespace ComplaintOps.Data.Domain.Topics;

/// <summary>
/// Which topic a model version put a complaint in. One row per complaint and version, kept as history; the newest row of a
/// complaint is <see cref="IsCurrent"/>. A null <see cref="TopicId"/> means "unassigned/emerging": the complaint was far
/// from every topic, so it was not forced into the nearest one.
/// </summary>
public sealed class TopicAssignment
{
    private TopicAssignment()
    {
    }

    public TopicAssignment(Guid complaintId, int modelVersion, int? topicId, int? nearestTopicId, float similarity, DateTimeOffset assignedAtUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(modelVersion);
        ComplaintId = complaintId;
        ModelVersion = modelVersion;
        TopicId = topicId;
        NearestTopicId = nearestTopicId;
        Similarity = similarity;
        AssignedAtUtc = assignedAtUtc;
        IsCurrent = true;
    }

    public long Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    public int ModelVersion { get; private set; }

    public int? TopicId { get; private set; }

    /// <summary>
    /// The topic whose centre the complaint is nearest to, as the model placed it. It differs from <see cref="TopicId"/> when an
    /// analyst merged that topic into another (the complaint counts for the other) or when the complaint was too far to be
    /// admitted; the next training rebuilds each topic's centre from these members.
    /// </summary>
    public int? NearestTopicId { get; private set; }

    /// <summary>Cosine of the complaint to the topic's centre (to the nearest topic when unassigned).</summary>
    public float Similarity { get; private set; }

    public bool IsCurrent { get; private set; }

    public DateTimeOffset AssignedAtUtc { get; private set; }

    public void Supersede() => IsCurrent = false;
}
