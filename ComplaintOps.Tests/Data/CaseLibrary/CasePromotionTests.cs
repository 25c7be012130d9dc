using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Text;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Data.CaseLibrary;

/// <summary>Promotion rules on real SQLite: closed only, once, required and bounded fields, no customer data; a refusal stores nothing.</summary>
public sealed class CasePromotionTests : IAsyncLifetime
{
    private CaseLibraryStack _stack = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _stack = await CaseLibraryStack.StartAsync();

    public async ValueTask DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task A_closed_complaint_is_stored_with_its_words_and_vector()
    {
        var id = await _stack.ComplaintAsync(ComplaintBuilder.Sample(), category: "FEES");

        var promoted = await _stack.Library.PromoteAsync(CaseLibraryStack.Promotion(id, "年费重复扣收", "本月账单显示年费扣了两次，要求退还。"), TestRules.Supervisor, Ct);

        var stored = await _stack.Queries.GetAsync(promoted.Id, Ct);
        Assert.NotNull(stored);
        Assert.Equal(id, stored.ComplaintId);
        Assert.Equal("FEES", stored.Category);
        Assert.Equal("赵建国", stored.PromotedByName);
        Assert.Equal(promoted.Id, await _stack.Queries.FindByComplaintAsync(id, Ct));
        await using var db = TestServices.OpenContext(_stack.Database);
        Assert.True(await db.LibraryCaseTerms.AnyAsync(t => t.CaseId == promoted.Id && t.Term == "年费", Ct));
        var document = await db.LibraryCaseDocuments.SingleAsync(d => d.CaseId == promoted.Id, Ct);
        Assert.Equal(WordSegmenter.Version, document.IndexVersion);
        Assert.Equal(await db.LibraryCaseTerms.Where(t => t.CaseId == promoted.Id).SumAsync(t => t.Count, Ct), document.Length);
        var vector = await db.LibraryCaseVectors.SingleAsync(v => v.CaseId == promoted.Id, Ct);
        Assert.Equal(256 * sizeof(float), vector.Values.Length);
        Assert.StartsWith("hashed-v1", vector.EmbedderVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_joins_the_current_topic_of_its_complaint_and_the_topic_filter_finds_it()
    {
        var placed = await _stack.ComplaintAsync(ComplaintBuilder.Sample(), category: "FEES");
        var unplaced = await _stack.ComplaintAsync(ComplaintBuilder.Sample(), category: "FEES");
        await TestTopics.PublishAsync(_stack.Services, 1, [TestTopics.Born(3, "年费"), TestTopics.Born(4, "年费 / 重复")], [.. TestTopics.In(3, [placed])]);
        await TestTopics.PublishAsync(_stack.Services, 2, [TestTopics.Continued(3, "年费"), TestTopics.Continued(4, "年费 / 重复")], [.. TestTopics.In(4, [placed])]);

        var first = await _stack.Library.PromoteAsync(CaseLibraryStack.Promotion(placed, "年费重复扣收", "本月账单显示年费扣了两次，要求退还。"), TestRules.Supervisor, Ct);
        var second = await _stack.Library.PromoteAsync(CaseLibraryStack.Promotion(unplaced, "年费多扣", "年费被多扣一次，要求退还。"), TestRules.Supervisor, Ct);

        Assert.Equal(new TopicKey(4), first.Topic);   // the current placement, not the first one
        Assert.Null(second.Topic);
        var inTopic = await _stack.Queries.SearchAsync(new CaseSearchQuery(Text: "年费", Topic: new TopicKey(4)), Ct);
        Assert.Equal([first.Id], inTopic.Items.Select(i => i.Id));
        Assert.Equal([new TopicKey(4)], await _stack.Queries.TopicsAsync(Ct));
    }

    [Theory]
    [InlineData(ComplaintStatus.Investigating)]
    [InlineData(ComplaintStatus.Resolved)]
    [InlineData(ComplaintStatus.FeedbackGiven)]
    [InlineData(ComplaintStatus.Appealed)]
    [InlineData(ComplaintStatus.Withdrawn)]
    public async Task Only_a_closed_complaint_can_be_promoted(ComplaintStatus status)
    {
        var id = await _stack.ComplaintAsync(ComplaintBuilder.Sample(), status);

        var ex = await Assert.ThrowsAsync<CaseNotPromotableException>(() =>
            _stack.Library.PromoteAsync(CaseLibraryStack.Promotion(id, "标题", "摘要"), TestRules.Supervisor, Ct));

        Assert.Equal(status, ex.Status);
        Assert.Null(await _stack.Queries.FindByComplaintAsync(id, Ct));
    }

    [Fact]
    public async Task A_complaint_is_promoted_once()
    {
        var id = await _stack.ComplaintAsync(ComplaintBuilder.Sample());
        var first = await _stack.Library.PromoteAsync(CaseLibraryStack.Promotion(id, "第一次", "摘要"), TestRules.Supervisor, Ct);

        var ex = await Assert.ThrowsAsync<CaseAlreadyPromotedException>(() =>
            _stack.Library.PromoteAsync(CaseLibraryStack.Promotion(id, "第二次", "摘要"), TestRules.Supervisor, Ct));

        Assert.Equal(first.Id, ex.ExistingCaseId);
        Assert.Equal("case_already_promoted", ex.Code);
        Assert.Equal(1, (await _stack.Queries.SearchAsync(new CaseSearchQuery(), Ct)).Total);
    }

    [Fact]
    public async Task Missing_and_too_long_fields_are_named_and_nothing_is_stored()
    {
        var id = await _stack.ComplaintAsync(ComplaintBuilder.Sample());
        var promotion = CaseLibraryStack.Promotion(id, "标题", "摘要") with { Lessons = "  ", Title = new string('题', LibraryCaseLimits.Title + 1) };

        var ex = await Assert.ThrowsAsync<ValidationException>(() => _stack.Library.PromoteAsync(promotion, TestRules.Supervisor, Ct));

        Assert.Equal(["lessons", "title"], ex.Errors.Keys.Order());
        Assert.Contains("at most 200", ex.Errors["title"][0], StringComparison.Ordinal);
        Assert.Null(await _stack.Queries.FindByComplaintAsync(id, Ct));
    }

    [Theory]
    [InlineData("客户张三来电称年费扣了两次")]
    [InlineData("请回拨13800138000核实")]
    public async Task Customer_data_in_the_summary_is_refused(string summary)
    {
        var id = await _stack.ComplaintAsync(ComplaintBuilder.Sample());   // 张三, 13800138000

        var ex = await Assert.ThrowsAsync<ValidationException>(() =>
            _stack.Library.PromoteAsync(CaseLibraryStack.Promotion(id, "年费", summary), TestRules.Supervisor, Ct));

        Assert.Equal("summary", Assert.Single(ex.Errors.Keys));
        Assert.Null(await _stack.Queries.FindByComplaintAsync(id, Ct));
    }

    [Fact]
    public async Task The_draft_is_anonymised_and_passes_the_rules()
    {
        var data = ComplaintBuilder.Sample() with
        {
            Description = "我是张三，手机13800138000，邮箱zhang.san@example.com，卡号6222 0212 3456 7890 123，身份证110101199003071234。年费扣了两次。",
            CustomerEmail = "zhang.san@example.com",
        };
        var id = await _stack.ComplaintAsync(data);
        var detail = await _stack.ComplaintQueries.GetAsync(id, TestRules.Supervisor, Ct);

        var draft = await _stack.Library.DraftAsync(detail!, Ct);
        var promoted = await _stack.Library.PromoteAsync(
            CaseLibraryStack.Promotion(id, draft.Title, draft.Summary) with { RootCause = draft.RootCause, Resolution = draft.Resolution },
            TestRules.Supervisor, Ct);

        var stored = (await _stack.Queries.GetAsync(promoted.Id, Ct))!;
        foreach (var secret in new[] { "张三", "13800138000", "zhang.san@example.com", "6222", "110101199003071234" })
        {
            Assert.DoesNotContain(secret, stored.Summary, StringComparison.Ordinal);
        }

        Assert.Contains("年费扣了两次", stored.Summary, StringComparison.Ordinal);
        Assert.Equal("批量扣费程序重复执行", stored.RootCause);
    }
}
