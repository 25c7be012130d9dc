using System.Net.Http.Json;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Identity;
using Microsoft.Playwright;

namespace ComplaintOps.Tests.Web.Browser;

/// <summary>The real app in its own process, the real dashboard in headless Chromium.</summary>
public sealed class DashboardBrowserTests() : BrowserTest(demoComplaints: 400)
{
    [Fact]
    public async Task A_complaint_filed_through_the_API_shows_on_the_open_dashboard_within_two_seconds_without_a_reload()
    {
        var page = await NewPageAsync(1600, 1000);
        // Sign in through the real form as a demo account holding ViewDashboard; the form sends the browser on to the dashboard.
        await page.GotoAsync(new Uri(App.BaseAddress, "/account/login?returnUrl=%2F").ToString());
        await page.Locator("#userName").FillAsync("manager");
        await page.Locator("#password").FillAsync(DemoAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(new Uri(App.BaseAddress, "/").ToString(), new PageWaitForURLOptions { Timeout = 30_000 });
        var received = page.GetByTestId("kpi-received-today");
        var open = page.GetByTestId("kpi-open-total");
        // The prerendered page shows the numbers at once; live updates start when the circuit is connected.
        await Assertions.Expect(page.Locator("[data-testid=dashboard][data-interactive=true]")).ToBeVisibleAsync(
            new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        var receivedBefore = int.Parse(await received.InnerTextAsync());
        var openBefore = int.Parse(await open.InnerTextAsync());
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        using var http = new HttpClient { BaseAddress = App.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", "demo-intake-key");
        var response = await http.PostAsJsonAsync("/api/v1/complaints", new
        {
            channel = "MobileApp",
            subject = "浏览器测试：手机银行转账失败",
            description = "转账提示系统繁忙，资金未到账。",
            customerName = "测试客户",
            customerPhone = "13900000000",
        }, Ct);
        response.EnsureSuccessStatusCode();
        var reference = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("reference").GetString()!;

        var within = new LocatorAssertionsToHaveTextOptions { Timeout = 2_000 };
        await Assertions.Expect(received).ToHaveTextAsync((receivedBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), within);
        await Assertions.Expect(open).ToHaveTextAsync((openBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), within);
        await Assertions.Expect(page.Locator($"[data-testid=feed-item][data-reference='{reference}']")).ToBeVisibleAsync(
            new LocatorAssertionsToBeVisibleOptions { Timeout = 2_000 });
        Assert.Equal(0, navigations);

        var shot = TestBrowser.ArtifactPath("dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        TestContext.Current.SendDiagnosticMessage($"Dashboard screenshot: {shot}");
        Assert.True(new FileInfo(shot).Length > 10_000);
    }
}
