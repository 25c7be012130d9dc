using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;

namespace ComplaintOps.Tests.Data.CaseLibrary;

/// <summary>Full-text search on the inverted index, on real SQLite: Chinese words, English words, all-terms matching, ranking, filters, paging.</summary>
public sealed class CaseSearchTests : IAsyncLifetime
{
    private CaseLibraryStack _stack = null!;
    private LibraryCaseDetail _wealth = null!;
    private LibraryCaseDetail _refundEn = null!;
    private LibraryCaseDetail _feeEn = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _stack = await CaseLibraryStack.StartAsync();
        _wealth = await _stack.CaseAsync("理财产品到期未兑付", "客户经理推荐的产品到期后迟迟不能赎回，销售时未充分揭示风险。", "WEALTH");
        await _stack.CaseAsync("信用卡年费重复扣收", "同一天扣了两次年费，致电多次未退。", "CARD");
        await _stack.CaseAsync("财务报销流程", "产品经理的理念与客户不一致。", "OTHER");   // has 理 and 财 but never 理财
        _refundEn = await _stack.CaseAsync("Refund delayed", "The customer asked for refunds twice; refunds took six weeks.", "PAYMENT");
        _feeEn = await _stack.CaseAsync("Annual fee charged twice", "An annual fee was charged twice and a refund was promised.", "FEES");
        await _stack.CaseAsync("Mobile app login failure", "After the upgrade the app rejected every login.", "DIGITAL");
    }

    public async ValueTask DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task A_two_character_Chinese_word_finds_the_case_that_has_it()
    {
        var result = await _stack.Queries.SearchAsync(new CaseSearchQuery("理财"), Ct);

        var hit = Assert.Single(result.Items);
        Assert.Equal(_wealth.Id, hit.Id);
        Assert.Equal(1, result.Total);
        Assert.Contains("理财", hit.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_Chinese_character_matches_every_case_containing_it()
    {
        var result = await _stack.Queries.SearchAsync(new CaseSearchQuery("财"), Ct);

        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task An_English_word_finds_plural_and_singular_forms()
    {
        var result = await _stack.Queries.SearchAsync(new CaseSearchQuery("Refunds"), Ct);

        Assert.Equal([_refundEn.Id, _feeEn.Id], result.Items.Select(h => h.Id));   // three refunds rank above one
        Assert.Contains("refund", result.Items[0].Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_query_term_must_match()
    {
        var both = await _stack.Queries.SearchAsync(new CaseSearchQuery("annual refund"), Ct);
        var none = await _stack.Queries.SearchAsync(new CaseSearchQuery("annual login"), Ct);
        var unknown = await _stack.Queries.SearchAsync(new CaseSearchQuery("理财 zebra"), Ct);

        Assert.Equal(_feeEn.Id, Assert.Single(both.Items).Id);
        Assert.Empty(none.Items);
        Assert.Empty(unknown.Items);
    }

    [Fact]
    public async Task Mixed_Chinese_and_English_queries_work()
    {
        await _stack.CaseAsync("Wealth 理财 mis-selling", "Sold a high-risk 理财 product to a retiree.", "WEALTH");

        var result = await _stack.Queries.SearchAsync(new CaseSearchQuery("理财 retiree"), Ct);

        Assert.Equal("Wealth 理财 mis-selling", Assert.Single(result.Items).Title);
    }

    [Fact]
    public async Task Category_filter_applies_to_text_search_and_to_browsing()
    {
        var refundInFees = await _stack.Queries.SearchAsync(new CaseSearchQuery("refund", Category: "FEES"), Ct);
        var browseWealth = await _stack.Queries.SearchAsync(new CaseSearchQuery(Category: "WEALTH"), Ct);

        Assert.Equal(_feeEn.Id, Assert.Single(refundInFees.Items).Id);
        Assert.Equal(_wealth.Id, Assert.Single(browseWealth.Items).Id);
    }

    [Fact]
    public async Task Browsing_lists_newest_first_in_pages()
    {
        var first = await _stack.Queries.SearchAsync(new CaseSearchQuery(Skip: 0, Take: 4), Ct);
        var second = await _stack.Queries.SearchAsync(new CaseSearchQuery(Skip: 4, Take: 4), Ct);

        Assert.Equal(6, first.Total);
        Assert.Equal(4, first.Items.Count);
        Assert.Equal(2, second.Items.Count);
        Assert.Empty(first.Items.Select(h => h.Id).Intersect(second.Items.Select(h => h.Id)));
        Assert.True(first.Items.Zip(first.Items.Skip(1)).All(p => p.First.PromotedAtUtc >= p.Second.PromotedAtUtc));
    }

    [Fact]
    public async Task Index_rows_are_read_in_keyset_pages_with_only_current_vectors()
    {
        var version = new ComplaintOps.Analytics.CaseLibrary.HashedTextEmbedder().Version;
        var seen = new List<CaseIndexRow>();
        Guid? after = null;
        IReadOnlyList<CaseIndexRow> page;
        do
        {
            page = await _stack.Queries.ReadIndexRowsAsync(after, 4, version, Ct);
            seen.AddRange(page);
            after = page.Count > 0 ? page[^1].Id : after;
        }
        while (page.Count == 4);

        var other = await _stack.Queries.ReadIndexRowsAsync(null, 10, "another-model", Ct);

        Assert.Equal(6, seen.Select(r => r.Id).Distinct().Count());
        Assert.All(seen, r => Assert.Equal(256, r.Vector!.Values.Length));
        Assert.Contains(seen, r => r.Id == _wealth.Id && r.Text.Contains("理财产品到期未兑付", StringComparison.Ordinal));
        Assert.All(other, r => Assert.Null(r.Vector));
    }

    [Fact]
    public async Task Topic_filter_matches_only_cases_filed_under_it()
    {
        var result = await _stack.Queries.SearchAsync(new CaseSearchQuery("refund", Topic: new TopicKey(99)), Ct);

        Assert.Empty(result.Items);
        Assert.Empty(await _stack.Queries.TopicsAsync(Ct));
    }
}
