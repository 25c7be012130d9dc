using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Identity;
using Microsoft.Playwright;

namespace ComplaintOps.Tests.Web.Browser;

/// <summary>
/// Issue #11, a joint review meeting through the real UI: the supervisor creates last month's meeting (agenda built and
/// frozen), records a finding on the first item, adds an action item owned by the CARDS handler, completes it with evidence
/// and the confirmation, and opens the follow-up view with its effect window.
/// </summary>
public sealed class ReviewMeetingBrowserTests() : BrowserTest(demoComplaints: 300)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task A_meeting_runs_from_agenda_to_a_completed_action_item_and_its_effect()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "supervisor");
        await page.GotoAsync(Url("/governance/meetings"));
        await ClickUntilAsync(page.GetByTestId("meeting-new"), page.GetByTestId("create-meeting-dialog"));
        await Input(page, "meeting-title").FillAsync("浏览器测试会议");
        await page.GetByTestId("meeting-create").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/governance/meetings/[0-9a-f-]{36}$"), new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
        var meetingUrl = page.Url;

        var item = page.GetByTestId("agenda-item").First;
        await Assertions.Expect(item).ToBeVisibleAsync(Slow);
        await item.Locator("[data-testid=item-findings] textarea, textarea[data-testid=item-findings]").First.FillAsync("提醒短信缺失导致集中投诉");
        await item.GetByTestId("item-save").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=meeting-error]")).ToHaveCountAsync(0);

        await item.GetByTestId("item-add-action").Locator("summary").ClickAsync();
        await Input(item, "action-title").FillAsync("上线扣费前提醒短信");
        await item.GetByTestId("action-owner").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "HCARDS1" }).First.ClickAsync();
        var due = ShanghaiToday().AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Input(item, "action-due").FillAsync(due);
        await Input(item, "action-due").PressAsync("Tab");
        await item.GetByTestId("action-add").ClickAsync();
        var row = item.Locator("[data-testid=action-row]").Filter(new() { HasText = "上线扣费前提醒短信" });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Open", new LocatorAssertionsToHaveAttributeOptions { Timeout = 30_000 });

        await row.GetByTestId("action-complete").ClickAsync();
        var dialog = page.GetByTestId("action-update-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByTestId("action-update-save")).ToBeDisabledAsync();   // not before the confirmation
        await dialog.Locator("[data-testid=action-evidence] textarea, textarea[data-testid=action-evidence]").First.FillAsync("短信模板已上线，变更单 CR-3001");
        await dialog.Locator("[data-testid=action-confirm] input, input[data-testid=action-confirm]").First.CheckAsync();
        await page.GetByTestId("action-update-save").ClickAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Done", new LocatorAssertionsToHaveAttributeOptions { Timeout = 30_000 });
        await Assertions.Expect(row.GetByTestId("action-evidence-text")).ToContainTextAsync("CR-3001");

        await page.GotoAsync(Url("/governance/actions"));
        var followUp = page.Locator("[data-testid=action-row]").Filter(new() { HasText = "上线扣费前提醒短信" });
        await Assertions.Expect(followUp).ToHaveAttributeAsync("data-status", "Done", new LocatorAssertionsToHaveAttributeOptions { Timeout = 30_000 });
        var today = ShanghaiToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);   // the app's local date, not the machine's
        await Assertions.Expect(followUp.GetByTestId("action-window")).ToContainTextAsync($"| {today} |");   // before | completed | after
        await Assertions.Expect(followUp.GetByTestId("action-volume")).Not.ToHaveTextAsync("—");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TestBrowser.ArtifactPath("meeting-actions.png"), FullPage = true });

        await page.GotoAsync(meetingUrl + "/minutes");
        await Assertions.Expect(page.GetByTestId("minutes")).ToContainTextAsync("提醒短信缺失导致集中投诉", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("minutes")).ToContainTextAsync("CR-3001");
    }

    private static DateTime ShanghaiToday() => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Date;

    private static ILocator Input(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static ILocator Input(ILocator scope, string testId) => scope.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    /// <summary>Clicks until <paramref name="expected"/> shows: a button does nothing until the page's circuit is connected.</summary>
    private static async Task ClickUntilAsync(ILocator button, ILocator expected)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await button.ClickAsync();
            try
            {
                await Assertions.Expect(expected).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 1_000 });
                return;
            }
            catch (PlaywrightException)
            {
            }
        }

        await Assertions.Expect(expected).ToBeVisibleAsync();
    }

    private async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync(Url("/account/login"));
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", DemoAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"), new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
    }
}
