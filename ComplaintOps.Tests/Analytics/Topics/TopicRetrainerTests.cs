using ComplaintOps.Analytics.Topics;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Tests.Analytics.Topics;

public sealed class TopicRetrainerTests
{
    [Fact]
    public void A_cold_start_gives_every_planted_topic_its_own_new_id()
    {
        var space = new PlantedTopicSpace();

        Assert.Equal(5, space.Cold.Topics.Count);
        Assert.Equal(5, Enumerable.Range(0, 5).Select(space.IdOf).Distinct().Count());
        Assert.All(space.Cold.Events, e => Assert.Equal(LineageEventKind.Born, e.Kind));
        Assert.Equal(3, space.Cold.Seeds.Count);
        Assert.All(space.Cold.Topics, t => Assert.InRange(t.Size, 190, 200));
        Assert.All(space.Cold.Topics, t => Assert.True(t.Cohesion > t.AdmissionThreshold && t.Silhouette > 0.5));
    }

    [Fact]
    public void A_cold_start_without_k_chooses_the_planted_number_by_silhouette()
    {
        var space = new PlantedTopicSpace();

        var result = TopicRetrainer.Retrain([], [.. space.Topics.SelectMany(t => t)], new RetrainOptions(), space.AllocateId, TestContext.Current.CancellationToken);

        Assert.Equal(5, result.Topics.Count);
    }

    [Fact]
    public void Planted_topics_keep_their_ids_after_a_retrain_on_the_same_data_plus_five_percent_new_complaints()
    {
        var space = new PlantedTopicSpace();
        var fresh = space.Centres.SelectMany(c => space.Vectors.Around(c, PlantedTopicSpace.PerTopic / 20)).ToList();

        var warm = space.Retrain(space.Previous(), space.Topics.SelectMany(t => t).Concat(fresh));

        var before = space.Cold.Points.ToDictionary(p => p.Id, p => p.TopicId);
        var kept = warm.Points.Count(p => before.TryGetValue(p.Id, out var id) && id == p.TopicId);
        Assert.True(kept >= 0.9 * before.Count, $"{kept} of {before.Count} kept their topic id");
        Assert.Equal(space.Cold.Topics.Select(t => t.Id).Order(), warm.Topics.Select(t => t.Id).Order());
        Assert.All(warm.Events, e => Assert.Equal(LineageEventKind.Continued, e.Kind));
        Assert.Empty(warm.Seeds);
    }

    [Fact]
    public void A_planted_far_away_group_is_born_as_a_new_topic_and_the_others_keep_their_ids()
    {
        var space = new PlantedTopicSpace();
        var group = space.Vectors.Around(space.Vectors.Centre(), 60);

        var warm = space.Retrain(space.Previous(), space.Topics.SelectMany(t => t).Concat(group));

        var born = Assert.Single(warm.Events, e => e.Kind == LineageEventKind.Born);
        Assert.Equal(born.TopicId, PlantedTopicSpace.TopicOf(warm, group));
        Assert.True(warm.Points.Count(p => p.TopicId == born.TopicId) >= 55);
        Assert.Equal(Enumerable.Range(0, 5).Select(space.IdOf), Enumerable.Range(0, 5).Select(t => PlantedTopicSpace.TopicOf(warm, space.Topics[t])));
    }

    [Fact]
    public void Two_topics_an_analyst_merged_stay_merged_after_a_retrain()
    {
        var space = new PlantedTopicSpace();
        var (into, merged) = (space.IdOf(0), space.IdOf(1));

        var warm = space.Retrain(
            space.Previous(p => p.Id == merged ? p with { State = TopicState.Merged, MergedIntoId = into } : p), space.Topics.SelectMany(t => t));

        Assert.Equal(into, PlantedTopicSpace.TopicOf(warm, space.Topics[1]));
        Assert.DoesNotContain(warm.Points, p => p.TopicId == merged);
        var facet = Assert.Single(warm.Topics, t => t.Id == merged);
        Assert.Equal((TopicState.Merged, into, into), (facet.State, facet.MergedIntoId, facet.ReportedTopicId));
        Assert.Equal(into, warm.Assigner().Assign(space.Vectors.Around(space.Centres[1], 1)[0].Vector).TopicId);
    }

    [Fact]
    public void A_topic_marked_as_noise_keeps_its_id_and_stays_noise()
    {
        var space = new PlantedTopicSpace();
        var noise = space.IdOf(2);

        var warm = space.Retrain(space.Previous(p => p.Id == noise ? p with { State = TopicState.Noise } : p), space.Topics.SelectMany(t => t));

        Assert.Equal(TopicState.Noise, Assert.Single(warm.Topics, t => t.Id == noise).State);
        Assert.Equal(noise, PlantedTopicSpace.TopicOf(warm, space.Topics[2]));
    }

    [Fact]
    public void A_requested_split_gives_two_topics_and_the_larger_keeps_the_id()
    {
        var space = new PlantedTopicSpace();
        var split = space.IdOf(3);

        var warm = space.Retrain(space.Previous(p => p.Id == split ? p with { SplitRequested = true } : p), space.Topics.SelectMany(t => t));

        var kept = Assert.Single(warm.Topics, t => t.Id == split);
        var child = Assert.Single(warm.Topics, t => t.ParentId == split);
        Assert.True(kept.Size >= child.Size && child.Size >= 40, $"{kept.Size} / {child.Size}");
        Assert.Contains(new LineageEvent(LineageEventKind.Split, child.Id, split), warm.Events);
        Assert.Equal(6, warm.Topics.Count);
        Assert.False(warm.AsPrevious().Single(p => p.Id == split).SplitRequested);   // the request is carried out once
    }

    [Fact]
    public void A_topic_whose_complaints_all_disappear_dies()
    {
        var space = new PlantedTopicSpace();
        var gone = space.IdOf(4);

        var warm = space.Retrain(space.Previous(), space.Topics.Take(4).SelectMany(t => t));

        Assert.Contains(new LineageEvent(LineageEventKind.Died, gone), warm.Events);
        Assert.DoesNotContain(warm.Topics, t => t.Id == gone);
        Assert.Equal(4, warm.Topics.Count);
    }
}
