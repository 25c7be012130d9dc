using System.Globalization;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Identity;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace ComplaintOps.Tests.Web.Browser;

/// <summary>The real app with its demo data (the last half-year's report signed off by compliance) in headless Chromium.</summary>
public sealed class ReportBrowserTests() : BrowserTest(demoComplaints: 400)
{
    private static string LastHalfYear =>
        ReportPeriod.LastEnded(LocalDays.Of(DateTimeOffset.UtcNow, BusinessCalendar.ChinaTimeZone)).Key;

    private async Task<IPage> SignInAsync(string user, string path)
    {
        var page = await NewPageAsync(1600, 1000);
        await page.GotoAsync(Url("/account/login?returnUrl=" + Uri.EscapeDataString(path)));
        await page.Locator("#userName").FillAsync(user);
        await page.Locator("#password").FillAsync(DemoAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(Url(path), new PageWaitForURLOptions { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("report-title")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        return page;
    }

    private static async Task<string> FigureTextAsync(IPage page, string key) =>
        (await page.Locator($"[data-testid=figure][data-key='{key}'] .report-value").InnerTextAsync()).Trim();

    [Fact]
    public async Task The_semi_annual_report_exports_to_xlsx_and_reads_back_with_the_figures_on_the_page()
    {
        var path = $"/reports/semiannual/{LastHalfYear}";
        var page = await SignInAsync("compliance", path);
        await Assertions.Expect(page.GetByTestId("signoff-status")).ToHaveAttributeAsync("data-verified", "true");
        var received = int.Parse(await FigureTextAsync(page, "totals.received"), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("zh-CN"));
        Assert.True(received > 0);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            var rows = MiniExcel.Query(file, useHeaderRow: true, sheetName: "Figures").Cast<IDictionary<string, object>>().ToList();
            var total = rows.Single(r => (string)r["Section"] == "totals" && (string)r["Item"] == "received");
            Assert.Equal(received, Convert.ToInt32(total["Value"], CultureInfo.InvariantCulture));
            Assert.Equal(received, Convert.ToInt32(total["Complaints"], CultureInfo.InvariantCulture));
            Assert.Contains(rows, r => (string)r["Section"] == "region");
            var ids = MiniExcel.Query(file, useHeaderRow: true, sheetName: "Complaints").Cast<IDictionary<string, object>>()
                .Where(r => (string)r["Figure"] == "totals.received").ToList();
            Assert.Equal(received, ids.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_figure_drills_down_to_the_complaints_behind_it()
    {
        var path = $"/reports/semiannual/{LastHalfYear}";
        var page = await SignInAsync("supervisor", path);
        Assert.Equal(0, await page.GetByTestId("sign-off").CountAsync());   // only compliance signs off

        // The smallest region figure with complaints behind it, so that they all fit one page of the drill table.
        var regions = page.Locator("[data-testid=figure][data-key^='region.']");
        var (key, value) = (string.Empty, int.MaxValue);
        for (var i = 0; i < await regions.CountAsync(); i++)
        {
            var row = regions.Nth(i);
            var n = int.Parse((await row.Locator(".report-value").InnerTextAsync()).Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            if (n > 0 && n < value)
            {
                (key, value) = ((await row.GetAttributeAsync("data-key"))!, n);
            }
        }

        Assert.InRange(value, 1, 25);
        await page.Locator($"[data-testid=figure][data-key='{key}'] [data-testid=drill]").ClickAsync();
        await page.WaitForURLAsync(Url($"{path}/drill/{key}"), new PageWaitForURLOptions { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("drill-row")).ToHaveCountAsync(value, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });

        // A listed complaint opens its page.
        await page.GetByTestId("drill-row").First.Locator("a").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/complaints/[0-9a-f-]{36}$"), new PageWaitForURLOptions { Timeout = 30_000 });
    }
}
