using System.Text.RegularExpressions;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Identity;
using Microsoft.Playwright;

namespace ComplaintOps.Tests.Web.Browser;

/// <summary>Sign-in as a person does it, in headless Chromium against the real app in its own process (Development demo accounts).</summary>
public sealed partial class SignInBrowserTests() : BrowserTest(demoComplaints: 300)
{
    [Fact]
    public async Task A_handler_sees_only_their_department_unmasks_a_phone_with_a_logged_reveal_and_signs_out()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/complaints"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));   // anonymous: sent to sign in
        await SignInAsync(page, "handler");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/complaints$"));     // and back where they were going

        await Assertions.Expect(page.GetByTestId("row-link").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        var texts = await page.Locator("[data-testid=complaint-grid] tbody tr").AllInnerTextsAsync();
        Assert.NotEmpty(texts);
        Assert.All(texts, row => Assert.Contains("信用卡中心", row, StringComparison.Ordinal));   // Card Center only

        await page.GetByTestId("row-link").First.ClickAsync();
        var phone = page.GetByTestId("personal-Phone-value");
        await Assertions.Expect(phone).ToContainTextAsync("****", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        var reference = (await page.GetByTestId("complaint-reference").InnerTextAsync()).Trim();
        await page.GetByTestId("reveal-Phone").ClickAsync();
        await Assertions.Expect(phone).Not.ToContainTextAsync("*");
        Assert.Matches(PhoneDigits(), await phone.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TestBrowser.ArtifactPath("handler-reveal.png") });

        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GotoAsync(Url("/complaints"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));

        // The reveal is in the access log, which an auditor can read.
        await SignInAsync(page, "auditor");
        await page.GotoAsync(Url("/audit/access-log"));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync(reference, new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
    }

    [Fact]
    public async Task An_administrator_signs_in_with_the_authenticator_code()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/account/login"));
        await SignInAsync(page, "admin");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/2fa"));

        await page.FillAsync("#code", "000000");
        await page.GetByTestId("code-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();   // a wrong code is refused

        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(DemoAccounts.AdministratorAuthenticatorKey)).ComputeTotp();
        await page.FillAsync("#code", code);
        await page.GetByTestId("code-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin"), new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TestBrowser.ArtifactPath("admin-after-2fa.png") });
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        if (!page.Url.Contains("/account/login", StringComparison.Ordinal))
        {
            await page.GotoAsync(new Uri(new Uri(page.Url), "/account/login").ToString());
        }

        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", DemoAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{6,}$")]
    private static partial Regex PhoneDigits();
}
