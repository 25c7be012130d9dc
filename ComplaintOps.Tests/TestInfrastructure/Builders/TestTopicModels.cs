using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Topics;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Tests.TestInfrastructure.Builders;

/// <summary>A small real topic model: a Chinese TF-IDF/LSA space fitted on two planted topics, one centre per topic.</summary>
public static class TestTopicModels
{
    public static readonly string[] Fees = [.. Enumerable.Range(0, 20).Select(i => $"信用卡年费被重复扣收，要求退还年费 第{i}次")];

    public static readonly string[] Logins = [.. Enumerable.Range(0, 20).Select(i => $"手机银行升级后无法登录，一直提示密码错误 第{i}次")];

    /// <summary>Topic 1 = annual fees, topic 2 = mobile banking login.</summary>
    public static TopicModel TwoChineseTopics()
    {
        var featurizer = SpaceFeaturizers.Fit(TopicSpace.Chinese, [.. Fees, .. Logins], 1, SentenceEmbedder.Shared, CancellationToken.None,
            LsaFeaturizerOptions.Chinese with { Dimensions = 8 });
        SpaceTopic Topic(int id, string[] texts, string label) =>
            new(id, id, Centre(featurizer.Embed(texts, CancellationToken.None)), 0.5f, texts.Length, 0.9, label);
        return new TopicModel([new SpaceTopics(featurizer, [Topic(1, Fees, "信用卡 / 年费"), Topic(2, Logins, "手机银行 / 登录")])]);
    }

    private static float[] Centre(float[][] vectors)
    {
        var centre = new float[vectors[0].Length];
        foreach (var v in vectors)
        {
            for (var i = 0; i < centre.Length; i++) centre[i] += v[i];
        }

        var norm = MathF.Sqrt(centre.Sum(x => x * x));
        return [.. centre.Select(x => x / norm)];
    }
}
