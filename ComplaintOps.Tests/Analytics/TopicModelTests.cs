using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Topics;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Analytics;

public sealed class TopicModelTests
{
    [Fact]
    public void A_text_is_placed_in_the_topic_it_is_about_and_a_text_about_nothing_known_stays_unassigned()
    {
        var model = TestTopicModels.TwoChineseTopics();

        var fee = model.Place("我的信用卡年费又被重复扣收了");
        var login = model.Place("手机银行升级以后登录不了");
        var unknown = model.Place("网点门口的台阶太滑，老人摔倒了");

        Assert.Equal((TopicSpace.Chinese, 1), (fee.Space, fee.TopicId));
        Assert.Equal(2, login.TopicId);
        Assert.Null(unknown.TopicId);
        Assert.NotNull(unknown.NearestTopicId);
    }

    [Fact]
    public void A_text_of_a_space_the_model_has_no_topics_in_is_unassigned_in_that_space()
    {
        var fit = TestTopicModels.TwoChineseTopics().Place("I cannot log in to the mobile app.");

        Assert.Equal((TopicSpace.EnglishShort, (int?)null), (fit.Space, fit.TopicId));
    }

    [Fact]
    public void A_saved_model_loads_and_places_every_text_the_same()
    {
        var model = TestTopicModels.TwoChineseTopics();
        var directory = Directory.CreateTempSubdirectory("topic-model-test-");
        try
        {
            model.Save(directory.FullName);
            var loaded = TopicModel.Load(directory.FullName, SentenceEmbedder.Shared);

            foreach (var text in TestTopicModels.Fees.Concat(TestTopicModels.Logins).Append("网点门口的台阶太滑"))
            {
                Assert.Equal(model.Place(text), loaded.Place(text));
            }

            Assert.Equal(model.Topics.Select(t => t.Label), loaded.Topics.Select(t => t.Label));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
