using ComplaintOps.Analytics.Topics;

namespace ComplaintOps.Tests.Analytics.Topics;

public sealed class TopicLabelerTests
{
    // A tiny dictionary splitter standing in for jieba: longest dictionary word first, anything else one character at a time.
    private static readonly string[] Dictionary = ["手机银行", "登录", "失败", "升级", "以后", "信用卡", "年费", "重复", "扣收", "客服", "电话", "没有", "银行"];

    private static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        foreach (var chunk in text.Split([' ', '，', '。', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!chunk.Any(c => c >= '\u4E00' && c <= '\u9FFF'))
            {
                words.Add(chunk);
                continue;
            }

            for (var i = 0; i < chunk.Length;)
            {
                var word = Dictionary.Where(w => string.CompareOrdinal(chunk, i, w, 0, w.Length) == 0).MaxBy(w => w.Length) ?? chunk[i].ToString();
                words.Add(word);
                i += word.Length;
            }
        }

        return words;
    }

    private static readonly Dictionary<int, IReadOnlyList<string>> Topics = new()
    {
        [7] =
        [
            "手机银行升级以后登录失败，客服电话没有人接", "手机银行登录失败", "升级以后手机银行无法登录", "手机银行登录一直失败",
            "I cannot login to the mobile app after the update", "Mobile app login fails since the update", "The mobile login failed again",
        ],
        [9] =
        [
            "信用卡年费重复扣收", "信用卡年费被扣了两次，客服电话打不通", "年费重复扣收，要求退还", "信用卡年费扣收有误",
            "信用卡年费没有通知就扣了", "年费重复扣收了",
        ],
        [11] =
        [
            "My card was declined at the ATM and the ATM kept my card", "ATM swallowed my card", "The ATM retained my debit card yesterday",
            "card retained by ATM, please help",
        ],
    };

    [Fact]
    public void Labels_are_distinctive_whole_words_never_single_characters_stop_words_or_stems()
    {
        var labels = new TopicLabeler(Split).Label(Topics);

        Assert.Equal(["年费", "信用卡", "扣收", "重复"], labels[9].ChineseWords);   // 年费 is in all six texts; 信用卡 and 扣收 in four (ties: ordinal)
        Assert.Equal("年费 / 信用卡 / 扣收 / 重复", labels[9].Text);
        Assert.Equal(["atm", "card", "retained"], labels[11].EnglishWords.Take(3));
        Assert.All(labels.Values.SelectMany(l => l.ChineseWords), w => Assert.True(w.Length >= 2, w));
        Assert.DoesNotContain(labels.Values.SelectMany(l => l.EnglishWords), w => w is "the" or "my" or "retain");
    }

    [Fact]
    public void A_topic_in_both_languages_is_labelled_in_both()
    {
        var label = new TopicLabeler(Split).Label(Topics)[7];

        Assert.Equal("手机银行 / 登录 / 失败 · login / mobile / app", label.Text);
        Assert.Equal(["手机银行", "登录", "失败"], label.ChineseWords);
        Assert.Equal(["login", "mobile", "app"], label.EnglishWords);
    }

    [Fact]
    public void An_emerging_topic_gets_a_provisional_label_against_the_existing_topics()
    {
        var burst = new[] { "ATM 吞卡 card stuck", "ATM kept the card, 吞卡", "card stuck in the ATM", "吞卡了 ATM" };

        var label = new TopicLabeler(Split).Provisional(burst, Topics);

        Assert.Contains("stuck", label.EnglishWords);
        Assert.DoesNotContain(label.ChineseWords, w => w.Length < 2);
    }
}
