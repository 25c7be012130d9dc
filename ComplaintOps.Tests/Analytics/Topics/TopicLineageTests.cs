using ComplaintOps.Analytics.Topics;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Tests.Analytics.Topics;

public sealed class TopicLineageTests
{
    private static readonly PlantedVectors Space = new(20);
    private int _nextId = 100;

    private static List<Guid> Ids(int count) => Enumerable.Range(0, count).Select(_ => Space.Id()).ToList();

    private static NextCluster Cluster(int index, params IEnumerable<Guid>[] parts)
    {
        var members = parts.SelectMany(p => p).ToList();
        return new NextCluster(index, Space.Centre(), members.Count, members);
    }

    private LineageResult Carry(IReadOnlyList<PreviousTopic> previous, IReadOnlyList<NextCluster> next) =>
        TopicLineage.Carry(previous, next, new LineageOptions(), () => _nextId++);

    [Fact]
    public void Clusters_with_the_same_members_continue_their_topics_and_a_cluster_of_new_complaints_is_born()
    {
        var a = Ids(50);
        var b = Ids(40);
        var previous = new[] { new PreviousTopic(1, Space.Centre()) { Members = a }, new PreviousTopic(2, Space.Centre()) { Members = b } };

        var result = Carry(previous, [Cluster(0, b, Ids(3)), Cluster(1, Ids(30)), Cluster(2, a)]);

        Assert.Equal([2, 100, 1], result.Clusters.Select(c => c.TopicId));
        Assert.Equal([2, 100, 1], result.Clusters.Select(c => c.ReportedTopicId));
        Assert.Equal(
            [new LineageEvent(LineageEventKind.Continued, 1), new LineageEvent(LineageEventKind.Continued, 2), new LineageEvent(LineageEventKind.Born, 100)],
            result.Events);
    }

    [Fact]
    public void A_topic_split_in_two_keeps_its_id_on_the_larger_part_and_the_other_is_born_with_it_as_parent()
    {
        var a = Ids(100);
        var previous = new[] { new PreviousTopic(1, Space.Centre()) { Members = a } };

        var result = Carry(previous, [Cluster(0, a.Take(35)), Cluster(1, a.Skip(35))]);

        Assert.Equal(new CarriedCluster(0, 100, TopicState.Active, null, 1, 100), result.Clusters[0]);
        Assert.Equal(new CarriedCluster(1, 1, TopicState.Active, null, null, 1), result.Clusters[1]);
        Assert.Contains(new LineageEvent(LineageEventKind.Split, 100, 1), result.Events);
        Assert.Contains(new LineageEvent(LineageEventKind.Continued, 1), result.Events);
    }

    [Fact]
    public void Two_topics_in_one_cluster_merge_into_the_larger_and_a_topic_with_no_successor_dies()
    {
        var a = Ids(80);
        var b = Ids(30);
        var previous = new[]
        {
            new PreviousTopic(1, Space.Centre()) { Members = a }, new PreviousTopic(2, Space.Centre()) { Members = b },
            new PreviousTopic(3, Space.Centre()) { Members = Ids(20) },
        };

        var result = Carry(previous, [Cluster(0, b, a)]);

        Assert.Equal(1, Assert.Single(result.Clusters).TopicId);
        Assert.Contains(new LineageEvent(LineageEventKind.Merged, 2, 1), result.Events);
        Assert.Contains(new LineageEvent(LineageEventKind.Died, 3), result.Events);
    }

    [Fact]
    public void Without_members_clusters_are_matched_by_centroid_cosine()
    {
        var cards = Space.Centre();
        var loans = Space.Centre();
        var previous = new[] { new PreviousTopic(1, cards), new PreviousTopic(2, loans) };
        var next = new[] { new NextCluster(0, Space.Around(loans, 1, 0.03f)[0].Vector, 10), new NextCluster(1, Space.Centre(), 10) };

        var result = Carry(previous, next);

        Assert.Equal([2, 100], result.Clusters.Select(c => c.TopicId));
        Assert.Contains(new LineageEvent(LineageEventKind.Died, 1), result.Events);
    }

    [Fact]
    public void Analysts_decisions_travel_with_the_id_a_merged_topic_reports_its_target_and_noise_stays_noise()
    {
        var a = Ids(50);
        var b = Ids(40);
        var noise = Ids(30);
        var previous = new[]
        {
            new PreviousTopic(1, Space.Centre()) { Members = a },
            new PreviousTopic(2, Space.Centre()) { Members = b, State = TopicState.Merged, MergedIntoId = 1 },
            new PreviousTopic(3, Space.Centre()) { Members = noise, State = TopicState.Noise },
        };

        var result = Carry(previous, [Cluster(0, a), Cluster(1, b), Cluster(2, noise)]);

        Assert.Equal(new CarriedCluster(1, 2, TopicState.Merged, 1, null, 1), result.Clusters[1]);
        Assert.Equal(new CarriedCluster(2, 3, TopicState.Noise, null, null, 3), result.Clusters[2]);
        Assert.Equal(3, TopicLineage.Root(5, new Dictionary<int, int> { [5] = 4, [4] = 3 }));
        Assert.Equal(5, TopicLineage.Root(4, new Dictionary<int, int> { [4] = 5, [5] = 4 }));   // a cycle stops where it closes
    }

    [Fact]
    public void A_topic_whose_own_cluster_is_gone_does_not_die_while_a_topic_merged_into_it_lives_on()
    {
        var b = Ids(40);
        var previous = new[]
        {
            new PreviousTopic(1, Space.Centre()) { Members = Ids(50) },
            new PreviousTopic(2, Space.Centre()) { Members = b, State = TopicState.Merged, MergedIntoId = 1 },
        };

        var result = Carry(previous, [Cluster(0, b)]);

        Assert.Equal(new CarriedCluster(0, 2, TopicState.Merged, 1, null, 1), Assert.Single(result.Clusters));
        Assert.DoesNotContain(result.Events, e => e.Kind == LineageEventKind.Died);
    }
}
