using System.Text.RegularExpressions;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Identity;
using Microsoft.Playwright;

namespace ComplaintOps.Tests.Web.Browser;

/// <summary>
/// Issue #9, staged extensions through the real UI: under the default Bank2020 profile the department head takes stage 1
/// (15 more days) and only a senior manager can approve stage 2 (30 more); the clocks panel cites the rule behind the new
/// due date and the history keeps both stages.
/// </summary>
public sealed class ExtensionBrowserTests() : BrowserTest(demoComplaints: 300)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task A_head_takes_stage_one_and_a_senior_manager_approves_stage_two()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "head");
        var complaint = await OpenExtendableAsync(page);

        var afterStageOne = await ExtendAsync(page, stage: 1, "需调取境外收单机构交易凭证", "已电话告知客户处理时限延长15日及原因");
        await page.GetByTestId("sign-out").ClickAsync();
        await SignInAsync(page, "manager");
        await page.GotoAsync(complaint);
        var afterStageTwo = await ExtendAsync(page, stage: 2, "境外机构尚未回复，需继续调查", "已书面告知客户处理时限再延长30日及原因");

        var resolve = page.Locator("[data-testid=clock-row][data-kind=Resolve]").Last;
        await Assertions.Expect(resolve).ToContainTextAsync(afterStageTwo);
        Assert.NotEqual(afterStageOne, afterStageTwo);
        var rule = resolve.GetByTestId("rule-citation");
        Assert.Equal("CBIRC2020", await rule.GetAttributeAsync("data-source"));
        Assert.Equal("18", await rule.GetAttributeAsync("data-article"));
        await Assertions.Expect(rule).ToContainTextAsync("第18条");
        await Assertions.Expect(resolve.GetByTestId("clock-extended")).ToContainTextAsync("2");
        var stages = await page.Locator("[data-testid=timeline] .event-detail[data-key=stage]").AllInnerTextsAsync();
        Assert.Equal(["2", "1"], stages.Select(s => s.Split(':', '：')[^1].Trim()));   // newest first
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TestBrowser.ArtifactPath("extension-stage-2.png"), FullPage = true });
    }

    /// <summary>
    /// Opens the first complaint of the head's department handled under Bank2020 whose next extension is stage 1; returns its address.
    /// </summary>
    private async Task<string> OpenExtendableAsync(IPage page)
    {
        await page.GotoAsync(Url("/complaints?status=Investigating&status=Assigned"));
        await Assertions.Expect(page.GetByTestId("row-link").First).ToBeVisibleAsync(Slow);
        var links = new List<string>();
        foreach (var link in await page.GetByTestId("row-link").AllAsync())
        {
            links.Add(Url((await link.GetAttributeAsync("href"))!));
        }

        foreach (var link in links)
        {
            await page.GotoAsync(link);
            await Interactive(page);
            if (await page.GetByTestId("policy-name").InnerTextAsync() != "银行保险机构（2020）" || await page.GetByTestId("trigger-Extend").CountAsync() == 0)
            {
                continue;
            }

            await page.GetByTestId("trigger-Extend").ClickAsync();
            await Assertions.Expect(page.GetByTestId("extension-stage")).ToBeVisibleAsync(Slow);
            var stage = await page.GetByTestId("extension-stage").GetAttributeAsync("data-stage");
            await page.GetByTestId("dialog-cancel").ClickAsync();
            await Assertions.Expect(page.GetByTestId("dialog-cancel")).ToHaveCountAsync(0);
            if (stage == "1")
            {
                await page.GotoAsync(link);
                return link;
            }
        }

        Assert.Fail($"None of the {links.Count} listed complaints could take stage 1 of a Bank2020 extension.");
        return "";
    }

    /// <summary>Takes the next extension stage through its form; returns the new due date the form announced.</summary>
    private static async Task<string> ExtendAsync(IPage page, int stage, string reason, string notice)
    {
        await Interactive(page);
        await page.GetByTestId("trigger-Extend").ClickAsync();
        var info = page.GetByTestId("extension-stage");
        await Assertions.Expect(info).ToBeVisibleAsync(Slow);
        Assert.Equal(stage.ToString(System.Globalization.CultureInfo.InvariantCulture), await info.GetAttributeAsync("data-stage"));
        var newDue = (await page.GetByTestId("extension-new-due").InnerTextAsync()).Trim();
        await Field(page, "field-reason").FillAsync(reason);
        await Field(page, "field-customer-notice").FillAsync(notice);
        await page.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dialog-submit")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-testid=clock-row][data-kind=Resolve]").Last).ToContainTextAsync(newDue);
        return newDue;
    }

    /// <summary>Waits until the detail page's circuit is connected: before that its buttons do nothing.</summary>
    private static Task Interactive(IPage page) =>
        Assertions.Expect(page.Locator("[data-testid=detail-actions][data-interactive=true]")).ToBeVisibleAsync(Slow);

    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"textarea[data-testid={testId}], [data-testid={testId}] textarea").First;

    private async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync(Url("/account/login"));
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", DemoAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"), new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
    }
}
