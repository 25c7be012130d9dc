using ComplaintOps.Analytics.Evaluation;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Text;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Text;

namespace ComplaintOps.Tests.Analytics.Representation;

public sealed class TopicSpacesTests
{
    [Theory]
    [InlineData("手机银行升级后无法登录，多次重置密码仍失败。")]
    [InlineData("我的iPhone在App Store被重复扣费")]                                              // Chinese with English product names
    [InlineData("Card 6222 blocked. 卡片被冻结了，柜员说是系统风控，没有说明原因。Please help.")]   // a real Chinese sentence inside English
    [InlineData("ATM 吞卡")]                                                                        // short, but mostly Chinese
    public void Text_with_real_Chinese_goes_to_the_Chinese_space(string text) => Assert.Equal(TopicSpace.Chinese, TopicSpaces.Of(text));

    [Theory]
    [InlineData("I am still waiting on my card?")]
    [InlineData("On 3 May I tried to make a transfer at the 陆家嘴支行 and was told my debit card account had been suspended.")]
    public void English_with_at_most_a_quoted_Chinese_name_is_short_English(string text) => Assert.Equal(TopicSpace.EnglishShort, TopicSpaces.Of(text));

    [Fact]
    public void Every_english_complaint_stays_in_the_sentence_space_and_only_an_explicit_limit_splits_by_length()
    {
        var narrative = string.Join(' ', Enumerable.Repeat("fee", 5_000));

        Assert.Equal(TopicSpace.EnglishShort, TopicSpaces.Of(narrative));
        Assert.Equal(TopicSpace.EnglishLong, TopicSpaces.Of("I don't know why my card was declined", shortWordLimit: 7));
        Assert.Equal(TopicSpace.EnglishShort, TopicSpaces.Of("I don't know why my card was declined", shortWordLimit: 8));
    }

    [Fact]
    public void The_sentence_model_reads_the_first_hundred_words_without_chinese()
    {
        var words = Enumerable.Range(1, 150).Select(i => $"w{i}").ToList();

        var read = SentenceEmbedder.Readable("开头 " + string.Join(' ', words));

        Assert.Equal(string.Join(' ', words.Take(SentenceEmbedder.MaxWords)), read.Trim());
        Assert.Equal("short text", SentenceEmbedder.Readable("short text"));
    }

    [Fact]
    public void Real_sets_route_as_expected()
    {
        var chinese = LabeledTextsReader.Read(SharedData.ZhShopping, "text", "category", null);
        var banking = LabeledTextsReader.Read(SharedData.Banking77, "text", "category", null);
        var cfpb = LabeledTextsReader.Read(SharedData.Cfpb, "Consumer complaint narrative", "Product", null);

        // A few reviews are written in English ("ok"); everything with a Chinese sentence goes to Chinese.
        var notChinese = chinese.Texts.Where(t => TopicSpaces.Of(t) != TopicSpace.Chinese).ToList();
        Assert.InRange(notChinese.Count, 0, 5);
        Assert.All(notChinese, t => Assert.True(t.Count(TextTokenizer.IsCjk) < TopicSpaces.ChineseSentenceCharacters, t));
        Assert.All(banking.Texts, t => Assert.Equal(TopicSpace.EnglishShort, TopicSpaces.Of(t)));
        Assert.All(cfpb.Texts, t => Assert.Equal(TopicSpace.EnglishShort, TopicSpaces.Of(t)));   // long narratives too: one English space
    }

    [Fact]
    public void K_is_shared_out_in_proportion_to_the_texts_per_space()
    {
        Assert.Equal([6, 3, 1], ClusteringEvaluation.Share(10, [600, 300, 100]));
        Assert.Equal([8, 1, 1], ClusteringEvaluation.Share(10, [1000, 2, 1]));   // every space gets at least one cluster
        Assert.Equal([2, 1], ClusteringEvaluation.Share(9, [2, 1]));             // never more clusters than texts
    }
}
