using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Text;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintOps.Tests.Data.CaseLibrary;

/// <summary>
/// Word search on the case library's index, on a real database (one class per provider): natural Chinese queries whose
/// words are not contiguous in the case, English words, any-word matching ranked by words then BM25, filters, paging.
/// </summary>
public abstract class CaseSearchTestsBase<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private CaseLibraryStack? _stack;
    private LibraryCaseDetail _wealth = null!;
    private LibraryCaseDetail _annualFee = null!;
    private LibraryCaseDetail _refundEn = null!;
    private LibraryCaseDetail _feeEn = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CaseLibraryStack Stack => _stack!;

    private ICaseLibraryQueries Queries => Stack.Queries;

    public async ValueTask InitializeAsync()
    {
        _stack = await CaseLibraryStack.StartAsync(new TDatabase());
        _wealth = await Stack.CaseAsync("理财产品到期未兑付", "客户经理推荐的产品到期后迟迟不能赎回，销售时未充分揭示风险。", "WEALTH",
            product: "稳盈增利6个月", outcome: CompensationKind.Compensation);
        _annualFee = await Stack.CaseAsync("信用卡年费重复扣收", "同一天扣了两次年费，致电多次未退。", "CARD", product: "白金信用卡");
        await Stack.CaseAsync("财务报销流程", "产品经理的理念与客户不一致。", "OTHER", outcome: CompensationKind.WrittenApology);   // 理 and 财, never 理财
        _refundEn = await Stack.CaseAsync("Refund delayed", "The customer asked for refunds twice; refunds took six weeks.", "PAYMENT");
        _feeEn = await Stack.CaseAsync("Annual fee charged twice", "An annual fee was charged twice and a refund was promised.", "FEES");
        await Stack.CaseAsync("Mobile app login failure", "After the upgrade the app rejected every login.", "DIGITAL", outcome: CompensationKind.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
    }

    // 年费 is in every case here (the stack's resolution text), and 扣 alone is a word only in the card case ("扣了两次"):
    // the case just added is found, but that one has both words and ranks above it.
    [Theory]
    [InlineData("征信逾期记录", true)]
    [InlineData("白金卡", true)]
    [InlineData("年费被扣", false)]
    public async Task A_natural_Chinese_query_finds_the_case_just_added_whose_words_are_apart(string query, bool addedRanksFirst)
    {
        var added = await Stack.CaseAsync("白金卡年费重复扣收且征信受影响", "客户反映其白金卡年费被重复扣收，之后征信报告中出现逾期记录。", "CARD");

        var result = await Queries.SearchAsync(new CaseSearchQuery(query), Ct);

        var hit = Assert.Single(result.Items, h => h.Id == added.Id);
        Assert.NotEmpty(hit.MatchedWords);
        Assert.All(hit.MatchedWords, w => Assert.Contains(w, added.Summary, StringComparison.Ordinal));
        Assert.Equal(addedRanksFirst, result.Items[0].Id == added.Id);
    }

    [Fact]
    public async Task The_matched_words_of_a_natural_query_are_its_words_the_case_has()
    {
        var added = await Stack.CaseAsync("征信有误", "客户反映征信报告中出现逾期记录。", "LOAN");

        var hit = Assert.Single((await Queries.SearchAsync(new CaseSearchQuery("征信逾期记录"), Ct)).Items);

        Assert.Equal(added.Id, hit.Id);
        Assert.Equal(["征信", "逾期", "记录"], hit.MatchedWords);
    }

    [Fact]
    public async Task A_case_with_every_query_word_ranks_above_cases_with_one()
    {
        var one = await Stack.CaseAsync("逾期提醒", "逾期未还款，逾期短信反复发送，逾期。", "LOAN");   // one word, often, short
        var all = await Stack.CaseAsync("征信记录有误", "客户查询征信报告时发现一条逾期记录，经核实系系统扣款失败所致，已申请更正。", "LOAN");

        var result = await Queries.SearchAsync(new CaseSearchQuery("征信逾期记录"), Ct);

        Assert.Equal([all.Id, one.Id], result.Items.Take(2).Select(h => h.Id));
        Assert.True(result.Items[0].MatchedWords.Count > result.Items[1].MatchedWords.Count);
    }

    [Fact]
    public async Task Between_cases_with_a_word_as_often_the_shorter_ranks_first()
    {
        var longer = await Stack.CaseAsync("房贷利率", "房贷利率没有按照合同约定随市场报价利率下调，客户多次到网点询问，客户经理均未给出明确答复，客户要求重新核算。", "LOAN");
        var shorter = await Stack.CaseAsync("房贷利率", "房贷利率未下调。", "LOAN");

        var result = await Queries.SearchAsync(new CaseSearchQuery("房贷"), Ct);

        Assert.Equal([shorter.Id, longer.Id], result.Items.Select(h => h.Id));
        Assert.True(result.Items[0].Score > result.Items[1].Score);
    }

    [Fact]
    public async Task A_Chinese_word_finds_only_the_case_that_has_it_not_one_with_its_characters_apart()
    {
        var wealth = await Queries.SearchAsync(new CaseSearchQuery("理财"), Ct);
        var finance = await Queries.SearchAsync(new CaseSearchQuery("财务"), Ct);

        Assert.Equal(_wealth.Id, Assert.Single(wealth.Items).Id);
        Assert.Equal(1, wealth.Total);
        Assert.DoesNotContain(finance.Items, h => h.Id == _wealth.Id);
        Assert.Single(finance.Items);
    }

    [Fact]
    public async Task An_English_word_finds_its_other_forms_and_more_occurrences_rank_higher()
    {
        var result = await Queries.SearchAsync(new CaseSearchQuery("Refunds"), Ct);

        Assert.Equal([_refundEn.Id, _feeEn.Id], result.Items.Select(h => h.Id));   // three refunds rank above one
        Assert.Equal(["refund"], result.Items[0].MatchedWords);
        Assert.Contains("refund", result.Items[0].Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_English_query_matches_any_of_its_words_with_the_case_having_both_first()
    {
        var refundFee = await Queries.SearchAsync(new CaseSearchQuery("refund fee"), Ct);
        var annualLogin = await Queries.SearchAsync(new CaseSearchQuery("annual login"), Ct);
        var unknown = await Queries.SearchAsync(new CaseSearchQuery("zebra"), Ct);

        Assert.Equal([_feeEn.Id, _refundEn.Id], refundFee.Items.Select(h => h.Id));
        Assert.Equal(["refund", "fee"], refundFee.Items[0].MatchedWords);
        Assert.Equal(2, annualLogin.Total);
        Assert.Empty(unknown.Items);
        Assert.Equal(0, unknown.Total);
    }

    [Fact]
    public async Task Mixed_Chinese_and_English_queries_work()
    {
        var mixed = await Stack.CaseAsync("Wealth 理财 mis-selling", "Sold a high-risk 理财 product to a retiree.", "WEALTH");

        var result = await Queries.SearchAsync(new CaseSearchQuery("理财 retiree"), Ct);

        Assert.Equal([mixed.Id, _wealth.Id], result.Items.Select(h => h.Id));
    }

    [Fact]
    public async Task Category_product_outcome_and_topic_filters_narrow_search_and_browsing()
    {
        var refundInFees = await Queries.SearchAsync(new CaseSearchQuery("refund", Category: "FEES"), Ct);
        var browseWealth = await Queries.SearchAsync(new CaseSearchQuery(Category: "WEALTH"), Ct);
        var feeOfPlatinum = await Queries.SearchAsync(new CaseSearchQuery("年费 理财", Product: "白金信用卡"), Ct);
        var compensated = await Queries.SearchAsync(new CaseSearchQuery("年费 理财", Outcome: CompensationKind.Compensation), Ct);
        var apologies = await Queries.SearchAsync(new CaseSearchQuery(Outcome: CompensationKind.WrittenApology), Ct);
        var noTopic = await Queries.SearchAsync(new CaseSearchQuery("refund", Topic: new TopicKey(999)), Ct);

        Assert.Equal(_feeEn.Id, Assert.Single(refundInFees.Items).Id);
        Assert.Equal(_wealth.Id, Assert.Single(browseWealth.Items).Id);
        Assert.Equal(_annualFee.Id, Assert.Single(feeOfPlatinum.Items).Id);
        Assert.Equal(_wealth.Id, Assert.Single(compensated.Items).Id);
        Assert.Equal("财务报销流程", Assert.Single(apologies.Items).Title);
        Assert.Empty(noTopic.Items);
        Assert.Equal(["白金信用卡", "稳盈增利6个月"], await Queries.ProductsAsync(Ct));
    }

    [Fact]
    public async Task Search_results_come_in_pages_with_the_total_of_all_matches()
    {
        var first = await Queries.SearchAsync(new CaseSearchQuery("复盘", Skip: 0, Take: 4), Ct);   // every case's lessons
        var second = await Queries.SearchAsync(new CaseSearchQuery("复盘", Skip: 4, Take: 4), Ct);

        Assert.Equal(6, first.Total);
        Assert.Equal(4, first.Items.Count);
        Assert.Equal(2, second.Items.Count);
        Assert.Empty(first.Items.Select(h => h.Id).Intersect(second.Items.Select(h => h.Id)));
    }

    [Fact]
    public async Task Ranking_in_the_database_gives_the_same_pages_as_ranking_in_memory()
    {
        var factory = Stack.Services.GetRequiredService<IDbContextFactory<ComplaintOpsDbContext>>();
        var inDatabase = new CaseLibraryQueries(factory, Stack.Services.GetRequiredService<CaseTextIndex>()) { RankedInMemory = 1 };

        foreach (var query in new[] { new CaseSearchQuery("复盘 理财 refund", Take: 4), new CaseSearchQuery("复盘 理财 refund", Skip: 4, Take: 4) })
        {
            var expected = await Queries.SearchAsync(query, Ct);
            var actual = await inDatabase.SearchAsync(query, Ct);

            Assert.Equal(6, actual.Total);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Items.Select(h => (h.Id, h.MatchedWords.Count)), actual.Items.Select(h => (h.Id, h.MatchedWords.Count)));
        }
    }

    [Fact]
    public async Task Browsing_lists_newest_first_in_pages()
    {
        var first = await Queries.SearchAsync(new CaseSearchQuery(Skip: 0, Take: 4), Ct);
        var second = await Queries.SearchAsync(new CaseSearchQuery(Skip: 4, Take: 4), Ct);

        Assert.Equal(6, first.Total);
        Assert.Equal(4, first.Items.Count);
        Assert.Equal(2, second.Items.Count);
        Assert.Empty(first.Items.Select(h => h.Id).Intersect(second.Items.Select(h => h.Id)));
        Assert.True(first.Items.Zip(first.Items.Skip(1)).All(p => p.First.PromotedAtUtc >= p.Second.PromotedAtUtc));
        Assert.All(first.Items, h => Assert.Empty(h.MatchedWords));
    }

    [Fact]
    public async Task Cases_indexed_before_the_word_index_or_by_another_segmenter_are_indexed_again_before_the_first_search()
    {
        var added = await Stack.CaseAsync("白金卡年费重复扣收", "客户反映其白金卡年费被重复扣收。", "CARD");
        await using (var db = TestServices.OpenContext(Stack.Database))
        {
            // As an older version left them: character-pair postings, one case with an old marker, the others with none.
            await db.LibraryCaseTerms.ExecuteDeleteAsync(Ct);
            await db.LibraryCaseDocuments.Where(d => d.CaseId != added.Id).ExecuteDeleteAsync(Ct);
            await db.LibraryCaseDocuments.ExecuteUpdateAsync(u => u.SetProperty(d => d.IndexVersion, "chars-v0"), Ct);
            db.LibraryCaseTerms.AddRange(new LibraryCaseTerm("白金", added.Id, 2, 0), new LibraryCaseTerm("卡年", added.Id, 2, 0));
            await db.SaveChangesAsync(Ct);
        }

        // A new process: its index has not checked the stored cases yet.
        var factory = Stack.Services.GetRequiredService<IDbContextFactory<ComplaintOpsDbContext>>();
        using var index = new CaseTextIndex(factory, NullLogger<CaseTextIndex>.Instance);
        var result = await new CaseLibraryQueries(factory, index).SearchAsync(new CaseSearchQuery("白金卡"), Ct);

        Assert.Equal(added.Id, Assert.Single(result.Items).Id);
        await using var after = TestServices.OpenContext(Stack.Database);
        Assert.Equal(7, await after.LibraryCaseDocuments.CountAsync(d => d.IndexVersion == WordSegmenter.Version, Ct));
        Assert.False(await after.LibraryCaseTerms.AnyAsync(t => t.Term == "卡年", Ct));
        Assert.Equal(0, await index.EnsureCurrentAsync(Ct));
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
            page = await Queries.ReadIndexRowsAsync(after, 4, version, Ct);
            seen.AddRange(page);
            after = page.Count > 0 ? page[^1].Id : after;
        }
        while (page.Count == 4);

        var other = await Queries.ReadIndexRowsAsync(null, 10, "another-model", Ct);

        Assert.Equal(6, seen.Select(r => r.Id).Distinct().Count());
        Assert.All(seen, r => Assert.Equal(256, r.Vector!.Values.Length));
        Assert.Contains(seen, r => r.Id == _wealth.Id && r.Text.Contains("理财产品到期未兑付", StringComparison.Ordinal));
        Assert.All(other, r => Assert.Null(r.Vector));
    }
}

public sealed class SqliteCaseSearchTests : CaseSearchTestsBase<SqliteTestDatabase>;

public sealed class PostgresCaseSearchTests : CaseSearchTestsBase<PostgresTestDatabase>;
