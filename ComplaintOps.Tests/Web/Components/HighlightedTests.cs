using Bunit;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Shared;

namespace ComplaintOps.Tests.Web.Components;

/// <summary>The search-hit highlighter: matched words in &lt;mark&gt;, user text always as text.</summary>
public sealed class HighlightedTests : ComplaintOpsBunitContext
{
    [Fact]
    public void Marks_surround_each_matched_word_in_a_Chinese_snippet()
    {
        var cut = Render<Highlighted>(p => p
            .Add(x => x.Text, "客户反映征信报告中出现逾期记录，逾期已还清")
            .Add(x => x.Words, ["征信", "逾期"]));

        Assert.Equal(["征信", "逾期", "逾期"], cut.FindAll("mark").Select(m => m.TextContent));
        cut.MarkupMatches("客户反映<mark>征信</mark>报告中出现<mark>逾期</mark>记录，<mark>逾期</mark>已还清");
    }

    [Fact]
    public void Markup_in_user_text_is_shown_as_text_not_run()
    {
        var cut = Render<Highlighted>(p => p
            .Add(x => x.Text, "<script>alert('征信')</script><b>逾期</b>")
            .Add(x => x.Words, ["征信"]));

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Equal("征信", cut.Find("mark").TextContent);
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("<script>alert('征信')</script><b>逾期</b>", cut.Nodes.Select(n => n.TextContent).Aggregate(string.Concat));
    }

    [Fact]
    public void Without_words_the_text_is_plain()
    {
        var cut = Render<Highlighted>(p => p.Add(x => x.Text, "年费重复扣收"));

        Assert.Empty(cut.FindAll("mark"));
        Assert.Equal("年费重复扣收", cut.Markup.Trim());
    }
}
