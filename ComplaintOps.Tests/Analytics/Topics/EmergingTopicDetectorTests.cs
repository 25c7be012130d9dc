using ComplaintOps.Analytics.Topics;

namespace ComplaintOps.Tests.Analytics.Topics;

public sealed class EmergingTopicDetectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly EmergingOptions Options = new() { Window = TimeSpan.FromHours(24), MinBurst = 5, Similarity = 0.6f };

    private static List<TimedPoint> Timed(IEnumerable<TopicPoint> points, DateTimeOffset start) =>
        points.Select((p, i) => new TimedPoint(p.Id, p.Vector, start.AddMinutes(10 * i))).ToList();

    [Fact]
    public void A_planted_burst_unlike_every_topic_is_not_admitted_anywhere_and_is_found_as_an_emerging_topic()
    {
        var space = new PlantedTopicSpace();
        var assigner = space.Cold.Assigner();
        var burst = space.Vectors.Around(space.Vectors.Centre(), 12);
        var scattered = Enumerable.Range(0, 6).Select(_ => new TopicPoint(space.Vectors.Id(), space.Vectors.Centre())).ToList();
        var arrivals = burst.Concat(scattered).ToList();

        var matches = arrivals.Select(p => assigner.Assign(p.Vector)).ToList();
        var unassigned = Timed(arrivals.Where((_, i) => !matches[i].Admitted), Now.AddHours(-5));
        var found = EmergingTopicDetector.Find(unassigned, Now, Options);

        Assert.All(matches, m => Assert.False(m.Admitted));
        var emerging = Assert.Single(found);
        Assert.Equal(burst.Select(p => p.Id).ToHashSet(), emerging.Members.ToHashSet());
        Assert.Equal(Now.AddHours(-5), emerging.FirstSeen);
        Assert.True(emerging.LastSeen > emerging.FirstSeen && emerging.Cohesion >= Options.Similarity);
    }

    [Fact]
    public void A_scattered_handful_too_few_similar_ones_and_a_burst_outside_the_window_are_not_emerging()
    {
        var vectors = new PlantedVectors(41);
        var scattered = Enumerable.Range(0, 8).Select(_ => new TopicPoint(vectors.Id(), vectors.Centre()));
        var tooFew = vectors.Around(vectors.Centre(), 4);
        var old = vectors.Around(vectors.Centre(), 10);
        var unassigned = Timed(scattered.Concat(tooFew), Now.AddHours(-3)).Concat(Timed(old, Now.AddDays(-3))).ToList();

        Assert.Empty(EmergingTopicDetector.Find(unassigned, Now, Options));
        Assert.Single(EmergingTopicDetector.Find(unassigned, Now, Options with { Window = TimeSpan.FromDays(4) }));
    }

    [Fact]
    public void Detection_does_not_depend_on_the_input_order()
    {
        var vectors = new PlantedVectors(42);
        var unassigned = Timed(vectors.Around(vectors.Centre(), 7).Concat(vectors.Around(vectors.Centre(), 6)), Now.AddHours(-2));

        var forward = EmergingTopicDetector.Find(unassigned, Now, Options);
        var backward = EmergingTopicDetector.Find([.. Enumerable.Reverse(unassigned)], Now, Options);

        Assert.Equal(2, forward.Count);
        Assert.Equal(forward.Select(e => e.Members), backward.Select(e => e.Members));
    }
}
