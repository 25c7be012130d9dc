using AngleSharp.Dom;
using Bunit;
using ComplaintOps.Analytics.CaseLibrary;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Components.Pages.CaseLibrary;
using ComplaintOps.Web.Components.Pages.Complaints;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components.CaseLibrary;

/// <summary>The /cases page, the case detail and the promote dialog on the real case-library services over SQLite.</summary>
public sealed class CaseLibraryComponentTests : ComplaintOpsBunitContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Searching_a_Chinese_word_lists_only_the_matching_case_with_a_link()
    {
        await using var stack = await UseStackAsync();
        var wealth = await stack.CaseAsync("理财产品到期未兑付", "产品到期后迟迟不能赎回。", "WEALTH");
        await stack.CaseAsync("Annual fee charged twice", "An annual fee was charged twice.", "FEES");

        var cut = Render<CaseLibraryPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=case-hit]").Count));
        await Field(cut, "cases-search").InputAsync(new() { Value = "理财" });
        await cut.Find("[data-testid=cases-search-form]").SubmitAsync();

        cut.WaitForAssertion(() =>
        {
            var hit = Assert.Single(cut.FindAll("[data-testid=case-hit]"));
            Assert.Equal($"/cases/{wealth.Id}", hit.QuerySelector("[data-testid=case-link]")!.GetAttribute("href"));
            Assert.Contains("Wealth products", hit.QuerySelector("[data-testid=case-category]")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("1 cases", cut.Find("[data-testid=cases-total]").TextContent, StringComparison.Ordinal);
            Assert.Equal(["理财"], hit.QuerySelectorAll("[data-testid=case-link] mark").Select(m => m.TextContent));
        });
    }

    [Fact]
    public async Task A_natural_Chinese_query_lists_the_case_with_its_words_marked_in_title_and_snippet()
    {
        await using var stack = await UseStackAsync();
        var added = await stack.CaseAsync("征信记录有误", "客户反映征信报告中出现逾期记录，系扣款失败所致。", "LOAN");

        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("q", "征信逾期记录"));
        var cut = Render<CaseLibraryPage>();

        cut.WaitForAssertion(() =>
        {
            var hit = Assert.Single(cut.FindAll("[data-testid=case-hit]"));
            Assert.Equal($"/cases/{added.Id}", hit.QuerySelector("[data-testid=case-link]")!.GetAttribute("href"));
            Assert.Equal(["征信", "记录"], hit.QuerySelectorAll("[data-testid=case-link] mark").Select(m => m.TextContent));
            Assert.Equal(["征信", "逾期", "记录"], hit.QuerySelectorAll("[data-testid=case-snippet] mark").Select(m => m.TextContent));
            Assert.Equal("客户反映征信报告中出现逾期记录，系扣款失败所致。", hit.QuerySelector("[data-testid=case-snippet]")!.TextContent);
        });
    }

    [Fact]
    public async Task Choosing_an_outcome_lists_only_the_cases_that_ended_so()
    {
        await using var stack = await UseStackAsync();
        var compensated = await stack.CaseAsync("理财产品净值下跌", "理财经理未揭示风险。", "WEALTH", outcome: CompensationKind.Compensation);
        await stack.CaseAsync("信用卡年费重复扣收", "同一天扣了两次年费。", "CARD", outcome: CompensationKind.Refund);
        var cut = Render<CaseLibraryPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=case-hit]").Count));

        var outcome = cut.FindComponents<MudSelect<CompensationKind?>>().Single();
        await cut.InvokeAsync(() => outcome.Instance.ValueChanged.InvokeAsync(CompensationKind.Compensation));

        cut.WaitForAssertion(() => Assert.Equal($"/cases/{compensated.Id}",
            Assert.Single(cut.FindAll("[data-testid=case-hit]")).QuerySelector("[data-testid=case-link]")!.GetAttribute("href")));
    }

    [Fact]
    public async Task An_unmatched_search_says_so_in_Chinese()
    {
        UseCulture("zh-CN");
        await using var stack = await UseStackAsync();
        await stack.CaseAsync("信用卡年费重复扣收", "同一天扣了两次年费。", "CARD");

        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("q", "贷款"));

        var cut = Render<CaseLibraryPage>();

        cut.WaitForAssertion(() => Assert.Contains("没有包含“贷款”中任何词语的案例", cut.Find("[data-testid=cases-empty]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Case_detail_shows_every_section_and_links_the_complaint()
    {
        await using var stack = await UseStackAsync();
        var promoted = await stack.CaseAsync("理财产品到期未兑付", "产品到期后迟迟不能赎回。", "WEALTH", lessons: "销售前做风险测评");

        var cut = Render<CaseDetailPage>(p => p.Add(x => x.Id, promoted.Id));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("产品到期后迟迟不能赎回。", cut.Find("[data-testid=case-summary]").TextContent);
            Assert.Equal("批量扣费程序重复执行", cut.Find("[data-testid=case-root-cause]").TextContent);
            Assert.Equal("退还重复扣收的年费并修复批处理", cut.Find("[data-testid=case-resolution]").TextContent);
            Assert.Equal("销售前做风险测评", cut.Find("[data-testid=case-lessons]").TextContent);
            Assert.Equal($"/complaints/{promoted.ComplaintId}", cut.Find("[data-testid=case-complaint-link]").GetAttribute("href"));
        });
    }

    [Fact]
    public async Task A_closed_complaint_is_promoted_through_the_dialog_with_an_anonymised_draft()
    {
        await using var stack = await UseStackAsync();
        var similar = await stack.CaseAsync("年费重复扣收后未退还", "本月账单显示年费扣了两次，共计600元。", "CARD");
        var id = await stack.ComplaintAsync(ComplaintBuilder.Sample() with { Description = "我是张三，电话13800138000，本月账单显示年费扣了两次，共计600元。" });
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.Equal(similar.Id.ToString(), SimilarIds(cut).First()));

        var clicked = cut.Find("[data-testid=promote-case]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=promote-dialog]");
        var summary = Field(dialogs, "promote-summary").GetAttribute("value") ?? Field(dialogs, "promote-summary").TextContent;
        Assert.DoesNotContain("张三", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", summary, StringComparison.Ordinal);
        Assert.Contains("年费扣了两次", summary, StringComparison.Ordinal);
        await Field(dialogs, "promote-lessons").ChangeAsync(new() { Value = "批处理上线前做重复扣收校验" });
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        var caseId = await stack.Queries.FindByComplaintAsync(id, Ct);
        Assert.NotNull(caseId);
        Assert.Equal("批处理上线前做重复扣收校验", (await stack.Queries.GetAsync(caseId.Value, Ct))!.Lessons);
        cut.WaitForAssertion(() => Assert.Equal($"/cases/{caseId}", cut.Find("[data-testid=open-case]").GetAttribute("href")));
        Assert.Empty(cut.FindAll("[data-testid=promote-case]"));
    }

    [Fact]
    public async Task Lessons_are_required_and_the_dialog_stays_open()
    {
        await using var stack = await UseStackAsync();
        var id = await stack.ComplaintAsync(ComplaintBuilder.Sample());
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, id));

        _ = cut.WaitForElement("[data-testid=promote-case]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=promote-dialog]");
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());

        Assert.NotNull(dialogs.Find("[data-testid=promote-dialog]"));
        Assert.Null(await stack.Queries.FindByComplaintAsync(id, Ct));
    }

    [Fact]
    public async Task An_open_complaint_offers_no_promotion()
    {
        await using var stack = await UseStackAsync();
        var id = await stack.ComplaintAsync(ComplaintBuilder.Sample(), ComplaintStatus.Investigating);

        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, id));

        cut.WaitForElement("[data-testid=similar-panel]");
        Assert.Empty(cut.FindAll("[data-testid=promote-case]"));
    }

    private static IEnumerable<string> SimilarIds(IRenderedComponent<ComplaintDetailPage> cut) =>
        cut.FindAll("[data-testid=similar-case] a").Select(a => a.GetAttribute("href")!["/cases/".Length..]);

    private static IElement Field<T>(IRenderedComponent<T> cut, string testId)
        where T : IComponent =>
        cut.Find($"[data-testid={testId}] input, [data-testid={testId}] textarea, input[data-testid={testId}], textarea[data-testid={testId}]");

    private async Task<CaseLibraryStack> UseStackAsync()
    {
        var stack = await CaseLibraryStack.StartAsync();
        Services.AddSingleton(stack.Queries);
        Services.AddSingleton(stack.Library);
        Services.AddSingleton(stack.ComplaintQueries);
        Services.AddSingleton(stack.Services.GetRequiredService<IComplaintCommands>());
        return stack;
    }
}
