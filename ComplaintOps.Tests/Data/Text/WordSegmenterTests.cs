using ComplaintOps.Data.Text;

namespace ComplaintOps.Tests.Data.Text;

/// <summary>The tokenizer's word mode: jieba.NET with the banking dictionary, loaded from the copied Resources folder.</summary>
public sealed class WordSegmenterTests
{
    private const string Complaint = "客户反映其白金卡年费被重复扣收，征信报告中出现逾期记录，手机银行登录失败";

    [Fact]
    public void Banking_words_stay_whole_where_jieba_alone_splits_them()
    {
        var words = WordSegmenter.LabelWords(Complaint);

        Assert.Equal(["客户", "反映", "白金卡", "年费", "重复", "扣收", "征信报告", "出现", "逾期", "记录", "手机银行", "登录", "失败"], words);
    }

    [Fact]
    public void Index_words_add_the_dictionary_words_inside_long_words()
    {
        var words = WordSegmenter.IndexWords("信用卡年费，征信报告");

        Assert.Equal(["信用", "年费", "信用卡", "信用卡年费", "征信", "信报", "报告", "征信报告"], words);   // 信报 is in jieba's dictionary too
    }

    [Fact]
    public void Query_words_are_the_distinct_index_words_and_words_freed_of_a_leading_function_character()
    {
        Assert.Equal(["征信", "逾期", "记录"], WordSegmenter.QueryWords("征信逾期记录"));
        Assert.Equal(["年费", "被扣", "扣"], WordSegmenter.QueryWords("年费被扣"));   // 被扣 is a word to jieba; 被 alone is a function word
        Assert.Equal(["信用", "年费", "信用卡", "信用卡年费"], WordSegmenter.QueryWords("信用卡年费"));
        Assert.Equal(["白金", "金卡", "白金卡"], WordSegmenter.QueryWords("白金卡 白金卡"));
        Assert.Empty(WordSegmenter.QueryWords(" ，。 "));
        Assert.Equal(WordSegmenter.MaxQueryWords, WordSegmenter.QueryWords(string.Join(' ', Enumerable.Range(0, 30).Select(i => "word" + (char)('a' + i % 26) + i))).Count);
    }

    [Fact]
    public void English_is_lower_cased_and_stemmed_for_search_but_whole_for_labels()
    {
        Assert.Equal(["refund", "charg", "twice"], WordSegmenter.IndexWords("Refunds were CHARGED twice!"));
        Assert.Equal(["refunds", "charged", "twice"], WordSegmenter.LabelWords("Refunds were CHARGED twice!"));
    }

    [Fact]
    public void Personal_data_and_numbers_never_become_words()
    {
        var words = WordSegmenter.IndexWords("请拨打13812345678或发邮件到 zhang.san@example.com，扣了600元");

        Assert.DoesNotContain(words, w => w.Any(char.IsDigit));
        Assert.DoesNotContain(words, w => w.Contains("zhang", StringComparison.Ordinal) || w.Contains("phone", StringComparison.Ordinal));
        Assert.Contains("拨打", words);
    }

    [Fact]
    public void Labels_have_no_stop_words_or_single_characters()
    {
        var words = WordSegmenter.LabelWords("我们的年费扣收了两次，因为系统的问题");

        Assert.Equal(["年费", "扣收", "两次", "系统", "问题"], words);
    }

    [Fact]
    public void The_version_names_jieba_and_the_dictionary_and_changes_with_it()
    {
        Assert.Matches("^jieba0\\.42\\.2-r[0-9]+-[0-9a-f]{8}$", WordSegmenter.Version);
        Assert.Contains("白金卡", WordSegmenter.BankingWords);
        Assert.InRange(WordSegmenter.BankingWords.Count, 30, 80);
    }

    [Fact]
    public async Task Many_threads_cut_the_same_as_one()
    {
        var expected = WordSegmenter.IndexWords(Complaint);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 50).Select(_ => WordSegmenter.IndexWords(Complaint)).ToList(), TestContext.Current.CancellationToken)));

        Assert.All(results.SelectMany(r => r), words => Assert.Equal(expected, words));
    }
}
