using ComplaintOps.Data.Text;

namespace ComplaintOps.Tests.Data.Text;

public sealed class TextHighlighterTests
{
    [Fact]
    public void Every_occurrence_of_a_Chinese_word_is_marked_in_text_without_spaces()
    {
        var segments = TextHighlighter.Mark("征信报告中出现逾期记录，逾期已还清", ["征信", "逾期"]);

        Assert.Equal(["征信", "逾期", "逾期"], Marked(segments));
        Assert.Equal("征信报告中出现逾期记录，逾期已还清", string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void The_longest_word_wins_and_marks_never_overlap()
    {
        var segments = TextHighlighter.Mark("白金卡年费", ["金卡", "白金卡", "年费", "卡年"]);

        Assert.Equal(["白金卡", "年费"], Marked(segments));
        Assert.Equal("白金卡年费", string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void English_words_are_marked_whole_by_word_or_stem_and_never_inside_another_word()
    {
        var segments = TextHighlighter.Mark("Fees charged; coffee refunded, a refund", ["fee", "charg", "refund"]);

        Assert.Equal(["Fees", "charged", "refunded", "refund"], Marked(segments));
    }

    [Fact]
    public void No_words_or_no_text_give_the_plain_text()
    {
        Assert.Equal([new TextSegment("年费", false)], TextHighlighter.Mark("年费", []));
        Assert.Empty(TextHighlighter.Mark(null, ["年费"]));
    }

    private static IEnumerable<string> Marked(IReadOnlyList<TextSegment> segments) => segments.Where(s => s.IsMatch).Select(s => s.Text);
}
