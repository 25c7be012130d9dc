using Microsoft.Playwright;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>
/// The way to write a browser test: the real app in its own process (Development: demo accounts and keys) on a fresh
/// SQLite file with <paramref name="demoComplaints"/> demo complaints, and headless Debian Chromium.
/// </summary>
public abstract class BrowserTest(int demoComplaints) : IAsyncLifetime
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"complaintops-browser-{Guid.NewGuid():N}.db");

    protected AppProcess App { get; private set; } = null!;

    protected IBrowser Browser { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Browser = await TestBrowser.LaunchAsync();
        App = await AppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["Database__ConnectionString"] = $"Data Source={_db}",
            ["Demo__Seed"] = "true",
            ["Demo__Complaints"] = demoComplaints.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DataProtection__KeyDirectory"] = _db + "-keys",
        }, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.DisposeAsync();
        foreach (var file in new[] { _db, _db + "-wal", _db + "-shm" })
        {
            File.Delete(file);
        }

        if (Directory.Exists(_db + "-keys"))
        {
            Directory.Delete(_db + "-keys", recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    protected string Url(string path) => new Uri(App.BaseAddress, path).ToString();

    protected async Task<IPage> NewPageAsync(int width = 1440, int height = 900) =>
        await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
}
