using ComplaintOps.Analytics.Topics;

namespace ComplaintOps.Tests.Analytics.Topics;

public sealed class TopicAssignerTests
{
    [Fact]
    public void A_point_near_a_topic_is_admitted_and_one_far_from_every_topic_is_not()
    {
        var planted = new PlantedVectors(10);
        var cards = planted.Centre();
        var loans = planted.Centre();
        var assigner = new TopicAssigner([new TopicCentroid(17, cards, 0.6f), new TopicCentroid(23, loans, 0.6f)]);

        var near = assigner.Assign(planted.Around(loans, 1)[0].Vector);
        var far = assigner.Assign(planted.Centre());

        Assert.Equal(new TopicMatch(23, near.Similarity, true), near);
        Assert.Equal(23, near.TopicId);
        Assert.False(far.Admitted);
        Assert.Null(far.TopicId);
        Assert.True(far.Similarity < 0.6f);
    }

    [Fact]
    public void Thresholds_are_a_low_percentile_of_member_cosines_with_a_floor_and_small_topics_use_the_space()
    {
        // topic 0: 100 members at 0.50 … 0.99; topic 1: 100 members at 0.05 … 0.15 (loose); topic 2: 3 members
        var assignments = new List<int>();
        var similarities = new List<float>();
        for (var i = 0; i < 100; i++)
        {
            assignments.AddRange([0, 1]);
            similarities.AddRange([0.5f + i * 0.005f, 0.05f + i * 0.001f]);
        }

        assignments.AddRange([2, 2, 2]);
        similarities.AddRange([0.9f, 0.9f, 0.9f]);
        var options = new AdmissionOptions { Percentile = 0.1, Floor = 0.2f, MinMembers = 20 };

        var thresholds = AdmissionThresholds.Derive(assignments, similarities, 3, options);

        Assert.Equal(0.5f + 9 * 0.005f, thresholds[0], 5);   // 10th percentile of topic 0
        Assert.Equal(0.2f, thresholds[1]);                      // the floor, not 0.06
        Assert.Equal(Math.Max(0.2f, AdmissionThresholds.Percentile([.. similarities], 0.1, 0.2f)), thresholds[2]);
    }
}
