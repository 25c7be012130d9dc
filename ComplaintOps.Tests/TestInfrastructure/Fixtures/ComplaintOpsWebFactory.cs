using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>
/// The whole web app in memory, without demo data: on its own SQLite file, or on <see cref="Database"/> when an
/// <see cref="IntegrationTest"/> shares its database (the test's services and the app then see the same complaints).
/// </summary>
public sealed class ComplaintOpsWebFactory : WebApplicationFactory<Program>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"complaintops-web-{Guid.NewGuid():N}.db");

    /// <summary>This app's database, for a command-line run against the same data.</summary>
    public string ConnectionString => Database?.ConnectionString ?? $"Data Source={_path}";

    /// <summary>A database owned (created and deleted) by someone else; null: the factory's own SQLite file.</summary>
    public TestDatabase? Database { get; init; }

    private readonly Dictionary<StaffRole, HttpClient> _shared = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database?.Provider.ToString() ?? "Sqlite");
        builder.UseSetting("Database:ConnectionString", Database?.ConnectionString ?? $"Data Source={_path}");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Demo:Users", "true");
        builder.UseSetting("Intake:ApiKeys:0", "demo-intake-key");
        builder.UseSetting("Audit:HistoryKey", TestRules.HistoryKey);   // required in every environment, Testing included
        builder.UseSetting("PersonalData:LookupKey", TestRules.LookupKey);
        builder.UseSetting("DataProtection:KeyDirectory", KeyDirectory);
        builder.UseSetting("Analytics:Training:ModelDirectory", _path + "-models");
    }

    /// <summary>
    /// This app's own key ring (a second factory in the same process has another) — or, on a database shared with an
    /// <see cref="IntegrationTest"/>, the tests' key ring, so the app reads the personal data the test's services wrote.
    /// </summary>
    public string KeyDirectory => Database is null ? _path + "-keys" : TestRules.KeyDirectory;

    /// <summary>The SQLite file of this app.</summary>
    public string DatabasePath => _path;

    /// <summary>A client that keeps cookies and does not follow redirects (so a test sees where sign-in sends it).</summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A cookie client signed in as the demo account of <paramref name="role"/>.</summary>
    public Task<HttpClient> CreateClientAsAsync(StaffRole role, CancellationToken ct) => SignIn.AsAsync(CreateBrowserClient, role, ct);

    /// <summary>
    /// One signed-in client per role for this factory, kept for the next caller: for tests that only read and do not sign out,
    /// so a class checking many roles stays under the sign-in rate limit (20 per minute per address).
    /// </summary>
    public async Task<HttpClient> SharedClientAsAsync(StaffRole role, CancellationToken ct)
    {
        if (!_shared.TryGetValue(role, out var client))
        {
            client = await CreateClientAsAsync(role, ct);
            _shared[role] = client;
        }

        return client;
    }

    public async Task<int> CountComplaintsAsync() =>
        (await Services.GetRequiredService<IComplaintQueries>().ListAsync(new ComplaintListQuery { Take = 1 }, TestRules.Supervisor, CancellationToken.None)).Total;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        if (Database is null && Directory.Exists(KeyDirectory))
        {
            Directory.Delete(KeyDirectory, recursive: true);
        }

        if (Directory.Exists(_path + "-models"))
        {
            Directory.Delete(_path + "-models", recursive: true);
        }
    }
}
