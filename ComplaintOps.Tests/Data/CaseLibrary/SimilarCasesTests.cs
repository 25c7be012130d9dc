using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;

namespace ComplaintOps.Tests.Data.CaseLibrary;

/// <summary>"Similar to this complaint" with the hashed embedder over real SQLite: the planted near-duplicate comes first.</summary>
public sealed class SimilarCasesTests : IAsyncLifetime
{
    private static readonly (string Subject, string Description, string Category)[] Background =
    [
        ("信用卡年费重复扣收", "同一天扣了两次年费，致电信用卡中心多次未退。", "CARD"),
        ("提前还款被收取违约金", "申请提前还款被收取违约金，签约时说满一年不收费。", "LOAN"),
        ("手机银行升级后无法登录", "升级新版本后一直提示网络异常，无法登录转账。", "DIGITAL"),
        ("网点服务态度差", "柜员态度冷淡，排队两个小时无人解释。", "CONDUCT"),
        ("催收电话骚扰家人", "催收公司多次给我的亲属打电话，言语威胁。", "COLLECTION"),
        ("Card blocked abroad", "My card was blocked while travelling and nobody answered the hotline.", "CARD"),
        ("Mortgage rate not adjusted", "The bank did not lower my mortgage rate after the LPR cut.", "LOAN"),
        ("Transfer not received", "A domestic transfer has not arrived after five working days.", "PAYMENT"),
        ("理财产品收益低于宣传", "销售时宣传年化收益百分之五，实际只有百分之二。", "WEALTH"),
        ("账户被冻结无法使用工资", "借记卡账户被止付，柜员只说是风控，没有说明原因。", "ACCOUNT"),
    ];

    private CaseLibraryStack _stack = null!;
    private LibraryCaseDetail _planted = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _stack = await CaseLibraryStack.StartAsync();
        foreach (var (subject, description, category) in Background)
        {
            await _stack.CaseAsync(subject, description, category);
        }

        _planted = await _stack.CaseAsync("理财产品到期无法赎回，资金被占用",
            "客户经理推荐的理财产品到期后一直无法赎回，本金和收益都没有到账，销售时也没有揭示流动性风险。", "WEALTH");
        for (var i = 0; i < 5; i++)
        {
            await _stack.CaseAsync($"理财产品销售投诉 {i}", $"第{i}次投诉理财经理的服务，与赎回无关，只是排队时间太长。", "WEALTH");
        }
    }

    public async ValueTask DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task The_planted_near_duplicate_comes_first()
    {
        var id = await _stack.ComplaintAsync(ComplaintBuilder.Sample() with
        {
            Subject = "理财产品到期不能赎回",
            Description = "我在网点买的理财产品已经到期，但一直不能赎回，本金和收益都没有到账，当时客户经理没有说明流动性风险。",
        }, ComplaintStatus.Investigating, "WEALTH");
        var complaint = (await _stack.ComplaintQueries.GetAsync(id, TestRules.Supervisor, Ct))!;

        var similar = await _stack.Library.SimilarToComplaintAsync(complaint, 5, null, null, Ct);

        Assert.Equal(5, similar.Count);
        Assert.Equal(_planted.Id, similar[0].Case.Id);
        Assert.True(similar[0].Similarity > similar[1].Similarity + 0.1f, $"{similar[0].Similarity} vs {similar[1].Similarity}");
        Assert.True(similar.Zip(similar.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity));
    }

    [Fact]
    public async Task Filters_and_self_exclusion_apply()
    {
        var sameAsPlanted = await _stack.Library.SimilarToCaseAsync(_planted.Id, 20, Ct);
        var complaint = (await _stack.ComplaintQueries.GetAsync(_planted.ComplaintId, TestRules.Supervisor, Ct))!;
        var inCard = await _stack.Library.SimilarToComplaintAsync(complaint, 5, "CARD", null, Ct);
        var inTopic = await _stack.Library.SimilarToComplaintAsync(complaint, 5, null, new TopicKey(99), Ct);

        Assert.DoesNotContain(sameAsPlanted, s => s.Case.Id == _planted.Id);
        Assert.DoesNotContain(await _stack.Library.SimilarToComplaintAsync(complaint, 20, null, null, Ct), s => s.Case.Id == _planted.Id);
        Assert.NotEmpty(inCard);
        Assert.All(inCard, s => Assert.Equal("CARD", s.Case.Category));
        Assert.Empty(inTopic);
    }

    [Fact]
    public async Task A_restarted_index_loads_the_stored_vectors_and_finds_the_same_cases()
    {
        var before = await _stack.Library.SimilarToCaseAsync(_planted.Id, 5, Ct);

        using var restarted = _stack.Restarted();
        var after = await restarted.SimilarToCaseAsync(_planted.Id, 5, Ct);

        Assert.Equal(before.Select(s => s.Case.Id), after.Select(s => s.Case.Id));
    }
}
