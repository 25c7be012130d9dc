using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Analytics.Topics;

/// <summary>The topics of one <see cref="TopicSpace"/>: its featurizer and its centres. Immutable and thread-safe.</summary>
public sealed class SpaceTopics
{
    private readonly TopicAssigner? _assigner;
    private readonly Dictionary<int, SpaceTopic> _byId;

    public SpaceTopics(ISpaceFeaturizer featurizer, IReadOnlyList<SpaceTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(topics);
        Featurizer = featurizer;
        Topics = topics;
        _byId = topics.ToDictionary(t => t.TopicId);
        _assigner = topics.Count == 0 ? null : new TopicAssigner([.. topics.Select(t => new TopicCentroid(t.TopicId, t.Centroid, t.AdmissionThreshold))]);
    }

    public TopicSpace Space => Featurizer.Space;

    public ISpaceFeaturizer Featurizer { get; }

    public IReadOnlyList<SpaceTopic> Topics { get; }

    /// <summary>Places a unit vector of this space.</summary>
    public TopicFit Place(ReadOnlySpan<float> vector)
    {
        if (_assigner is null)
        {
            return new TopicFit(Space, null, null, 0);
        }

        var match = _assigner.Assign(vector);
        var reported = _byId[match.NearestTopicId].ReportedTopicId;
        return new TopicFit(Space, match.Admitted ? reported : null, match.NearestTopicId, match.Similarity);
    }
}
