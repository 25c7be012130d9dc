namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// One training: the topics with live centroids, every complaint's topic in input order, the lineage events to store and
/// the k-means seeds of a cold start (empty for a warm one).
/// </summary>
public sealed record RetrainResult(IReadOnlyList<TrainedTopic> Topics, IReadOnlyList<PointTopic> Points, IReadOnlyList<LineageEvent> Events, IReadOnlyList<int> Seeds)
{
    /// <summary>An assigner for new complaints with these topics (each centroid reports its topic, merged ones the topic they joined).</summary>
    public TopicAssigner Assigner() => new(Topics.Select(t => new TopicCentroid(t.ReportedTopicId, t.Centroid, t.AdmissionThreshold)).ToList());

    /// <summary>The same topics as the next training's previous topics, with their members.</summary>
    public IReadOnlyList<PreviousTopic> AsPrevious()
    {
        var members = Points.Where(p => p.CentroidTopicId is not null).ToLookup(p => p.CentroidTopicId!.Value, p => p.Id);
        return Topics.Select(t => new PreviousTopic(t.Id, t.Centroid)
        {
            State = t.State, MergedIntoId = t.MergedIntoId, AdmissionThreshold = t.AdmissionThreshold,
            Members = [.. members[t.Id]],
        }).ToList();
    }
}
