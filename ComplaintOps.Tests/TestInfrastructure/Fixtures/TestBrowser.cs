using Microsoft.Playwright;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>Headless Debian Chromium driven by Playwright (never a downloaded browser). Required under CI.</summary>
public static class TestBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (PostgresTestDatabase.UnderCi)
            {
                Assert.Fail($"CI=true but {ChromiumPath} is missing: the browser tests must run in CI.");
            }

            Assert.Skip($"Install Debian's chromium ({ChromiumPath}) to run the browser tests.");
        }

        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Where test screenshots go: artifacts/ at the repository root.</summary>
    public static string ArtifactPath(string fileName)
    {
        // ComplaintOps.Web/bin/<configuration>/<framework>/<runtime identifier> is five levels below the root.
        var folder = Path.Combine(AppProcess.WebBuildFolder(), "..", "..", "..", "..", "..", "artifacts");
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
