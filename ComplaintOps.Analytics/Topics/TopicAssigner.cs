namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// Places a new complaint's vector: nearest centroid by cosine, admitted only at or above that centroid's threshold, so a
/// complaint unlike every topic stays unassigned instead of being forced into the nearest one. Immutable, thread-safe.
/// </summary>
public sealed class TopicAssigner
{
    private readonly float[] _centroids;
    private readonly TopicCentroid[] _topics;
    private readonly int _dimensions;

    public TopicAssigner(IReadOnlyList<TopicCentroid> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (topics.Count == 0) throw new ArgumentException("At least one topic is needed.", nameof(topics));
        _topics = [.. topics];
        _dimensions = topics[0].Centroid.Length;
        if (topics.Any(t => t.Centroid.Length != _dimensions)) throw new ArgumentException("All centroids must have the same length.", nameof(topics));
        _centroids = UnitVectors.Flatten(topics.Select(t => UnitVectors.NormalizedCopy(t.Centroid)).ToArray(), _dimensions);
    }

    /// <summary>The nearest topic of a unit vector and whether it is admitted there.</summary>
    public TopicMatch Assign(ReadOnlySpan<float> point)
    {
        if (point.Length != _dimensions) throw new ArgumentException($"Expected a vector of {_dimensions} values.", nameof(point));
        var nearest = UnitVectors.Nearest(point, _centroids, _topics.Length, out var similarity);
        var topic = _topics[nearest];
        return new TopicMatch(topic.TopicId, similarity, similarity >= topic.AdmissionThreshold);
    }
}
