using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using StaffRole = ComplaintOps.Data.Domain.Reference.StaffRole;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintOps.Tests.Web.Realtime;

/// <summary>Two app processes on loopback sharing one PostgreSQL database and one Redis server.</summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new();
    private readonly List<AppProcess> _apps = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        PostgresTestDatabase.RequireServer();
        TestRedis.Require();
        await _database.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private async Task<AppProcess> StartAsync()
    {
        var app = await AppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = _database.ConnectionString,
            ["Realtime__Redis"] = TestRedis.Configuration!,
        }, Ct);
        _apps.Add(app);
        return app;
    }

    [Fact]
    public async Task A_complaint_filed_on_instance_A_reaches_a_hub_client_connected_to_instance_B()
    {
        var a = await StartAsync();
        var b = await StartAsync();
        var received = Channel.CreateUnbounded<DashboardChange>();
        // A wallboard key (Development's demo key, seeded as a wallboard API client) opens the hub without a session.
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(b.BaseAddress, DashboardHub.Path), o => o.Headers["X-Api-Key"] = "demo-wallboard-key").Build();
        hub.On<DashboardChange>(nameof(IDashboardClient.ComplaintChanged), change => received.Writer.TryWrite(change));
        await hub.StartAsync(Ct);

        using var http = new HttpClient { BaseAddress = a.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", "demo-intake-key");
        var response = await http.PostAsJsonAsync("/api/v1/complaints", new
        {
            channel = "Web",
            subject = "跨实例推送测试 cross-instance push",
            description = "Filed on instance A, watched on instance B.",
            customerName = "王五",
            customerPhone = "13700000000",
        }, Ct);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var change = await received.Reader.ReadAsync(timeout.Token);

        Assert.Equal(created.GetProperty("reference").GetString(), change.Reference);
        Assert.Equal("Registered", change.Kind);

        // Instance B's own aggregator learned of it over the Redis event bus as well.
        var summary = await hub.InvokeAsync<DashboardSummary>(nameof(DashboardHub.GetSummary), Ct);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (summary.OpenTotal < 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Ct);
            summary = await hub.InvokeAsync<DashboardSummary>(nameof(DashboardHub.GetSummary), Ct);
        }

        Assert.Equal(1, summary.OpenTotal);
        Assert.Equal(1, summary.ReceivedToday);
    }
}
