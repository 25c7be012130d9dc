using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Api;

/// <summary>API clients created by an administrator authenticate the intake API as themselves.</summary>
public sealed class ApiClientTests(ComplaintOpsWebFactory factory) : IClassFixture<ComplaintOpsWebFactory>
{
    private static readonly Actor Admin = new("X001", "马骏", StaffRole.Administrator, null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IApiClients Clients => factory.Services.GetRequiredService<IApiClients>();

    private HttpClient Client(string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static object Complaint() => new
    {
        channel = "MobileApp",
        subject = "API 客户端测试 client test",
        description = "Filed by a named integration.",
        customerName = "韩梅梅",
        customerPhone = "13812345678",
    };

    [Fact]
    public async Task A_created_key_registers_complaints_recorded_under_the_client()
    {
        var created = await Clients.CreateAsync("CRM 集成", ApiClientKind.Intake, Admin, Ct);

        var response = await Client(created.Key).PostAsJsonAsync("/api/v1/complaints", Complaint(), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        var first = await db.ComplaintEvents.AsNoTracking().Where(e => e.ComplaintId == id).OrderBy(e => e.Sequence).FirstAsync(Ct);
        Assert.Equal(created.Client.Id, first.ActorId);
        Assert.Equal("CRM 集成", first.ActorName);
        Assert.Equal(StaffRole.System, first.ActorRole);
        Assert.NotNull((await db.ApiClients.AsNoTracking().SingleAsync(c => c.Id == created.Client.Id, Ct)).LastUsedAtUtc);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_with_a_401_problem()
    {
        var created = await Clients.CreateAsync("Old portal", ApiClientKind.Intake, Admin, Ct);
        Assert.Equal(HttpStatusCode.Created, (await Client(created.Key).PostAsJsonAsync("/api/v1/complaints", Complaint(), Ct)).StatusCode);

        await Clients.RevokeAsync(created.Client.Id, Admin, Ct);
        var response = await Client(created.Key).PostAsJsonAsync("/api/v1/complaints", Complaint(), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_key_is_never_stored_in_clear()
    {
        var created = await Clients.CreateAsync("Secret keeper", ApiClientKind.Intake, Admin, Ct);
        Assert.StartsWith(ApiKey.Prefix, created.Key);
        Assert.True(created.Key.Length >= 40);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM ApiClients";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var cells = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                cells.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }
        }

        Assert.Contains(ApiKey.Hash(created.Key), cells);
        Assert.Contains(created.Key[..ApiKey.PrefixLength], cells);
        Assert.DoesNotContain(cells, c => c.Contains(created.Key, StringComparison.Ordinal) || c.Contains(created.Key[ApiKey.PrefixLength..], StringComparison.Ordinal));
        var audit = await db.AdminAuditEntries.AsNoTracking().Select(e => e.Details).ToListAsync(Ct);
        Assert.DoesNotContain(audit, d => d.Contains(created.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wallboard_key_cannot_register_complaints()
    {
        var wallboard = await Clients.CreateAsync("Lobby screen", ApiClientKind.Wallboard, Admin, Ct);

        var response = await Client(wallboard.Key).PostAsJsonAsync("/api/v1/complaints", Complaint(), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_signed_in_session_cannot_use_the_intake_api()
    {
        var agent = await factory.CreateClientAsAsync(StaffRole.IntakeAgent, Ct);

        var response = await agent.PostAsJsonAsync("/api/v1/complaints", Complaint(), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_configured_demo_key_is_a_listed_revocable_client()
    {
        var listed = await Clients.ListAsync(Admin, Ct);

        Assert.Contains(listed, c => c.KeyPrefix == "demo-int" && c.Kind == ApiClientKind.Intake && !c.IsRevoked);
    }
}
