using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Api;

public sealed class IntakeApiTests(ComplaintOpsWebFactory factory) : IClassFixture<ComplaintOpsWebFactory>
{
    private const string DemoKey = "demo-intake-key";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> ValidBody() => new()
    {
        ["channel"] = "MobileApp",
        ["subject"] = "手机银行升级后无法登录",
        ["description"] = "昨晚升级到最新版本后，登录一直提示系统繁忙，无法转账。",
        ["customerName"] = "李雷",
        ["customerPhone"] = "13912345678",
        ["customerTier"] = "Vip",
        ["language"] = "zh",
    };

    private HttpClient Client(string? key = DemoKey)
    {
        var client = factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    private static StringContent Json(string raw) => new(raw, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, int countBefore, params string[] fields)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await ProblemAsync(response);
        foreach (var field in fields)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error for '{field}' in {problem}");
        }

        Assert.Equal(countBefore, await factory.CountComplaintsAsync());
    }

    [Fact]
    public async Task A_valid_complaint_is_created_and_can_be_read_back()
    {
        var response = await Client().PostAsJsonAsync("/api/v1/complaints", ValidBody(), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Registered", created.GetProperty("status").GetString());
        Assert.StartsWith("CP", created.GetProperty("reference").GetString());
        Assert.Equal(3, created.GetProperty("clocks").GetArrayLength());

        var read = await Client().GetFromJsonAsync<JsonElement>(response.Headers.Location, Ct);
        Assert.Equal(created.GetProperty("reference").GetString(), read.GetProperty("reference").GetString());
        Assert.Equal("Registered", read.GetProperty("timeline")[0].GetProperty("kind").GetString());
        Assert.False(read.TryGetProperty("customerPhone", out _));   // personal data stays out of the API response
        Assert.True(read.GetProperty("historyIntact").GetBoolean());
    }

    [Theory]
    [InlineData("{\"channel\": \"Phone\", \"subject\": ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    public async Task Malformed_json_is_a_400_problem_and_writes_nothing(string raw)
    {
        var before = await factory.CountComplaintsAsync();

        var response = await Client().PostAsync("/api/v1/complaints", Json(raw), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Malformed JSON", (await ProblemAsync(response)).GetProperty("title").GetString());
        Assert.Equal(before, await factory.CountComplaintsAsync());
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_named()
    {
        var before = await factory.CountComplaintsAsync();

        var response = await Client().PostAsync("/api/v1/complaints", Json("{\"channel\":\"Phone\",\"subject\":123}"), Ct);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, before, "subject");
    }

    [Fact]
    public async Task Missing_fields_are_each_named()
    {
        var before = await factory.CountComplaintsAsync();

        var response = await Client().PostAsync("/api/v1/complaints", Json("{}"), Ct);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, before, "channel", "subject", "description", "customerName", "customerPhone");
    }

    [Theory]
    [InlineData("subject", 201)]
    [InlineData("description", 4001)]
    [InlineData("customerName", 101)]
    public async Task Too_long_fields_are_refused(string field, int length)
    {
        var before = await factory.CountComplaintsAsync();
        var body = ValidBody();
        body[field] = new string('长', length);

        var response = await Client().PostAsJsonAsync("/api/v1/complaints", body, Ct);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, before, field);
    }

    [Theory]
    [InlineData("channel", "Pigeon")]
    [InlineData("channel", "3")]
    [InlineData("customerTier", "Gold")]
    [InlineData("preferredContact", "Telepathy")]
    public async Task Unknown_enum_values_are_refused_with_the_allowed_values(string field, string value)
    {
        var before = await factory.CountComplaintsAsync();
        var body = ValidBody();
        body[field] = value;

        var response = await Client().PostAsJsonAsync("/api/v1/complaints", body, Ct);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, before, field);
    }

    [Fact]
    public async Task A_regulator_transfer_without_the_regulators_deadline_is_refused()
    {
        var before = await factory.CountComplaintsAsync();
        var body = ValidBody();
        body["channel"] = "Regulator";

        var response = await Client().PostAsJsonAsync("/api/v1/complaints", body, Ct);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, before, "regulatorDeadline");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("demo-intake-key ")]
    public async Task A_missing_or_wrong_api_key_is_401_and_writes_nothing(string? key)
    {
        var before = await factory.CountComplaintsAsync();

        var response = await Client(key).PostAsJsonAsync("/api/v1/complaints", ValidBody(), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await ProblemAsync(response)).GetProperty("status").GetInt32());
        Assert.Equal(before, await factory.CountComplaintsAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(key).GetAsync($"/api/v1/complaints/{Guid.NewGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_retried_request_with_the_same_idempotency_key_creates_one_complaint()
    {
        var before = await factory.CountComplaintsAsync();
        var key = Guid.NewGuid().ToString();
        var client = Client();
        client.DefaultRequestHeaders.Add("Idempotency-Key", key);

        var first = await client.PostAsJsonAsync("/api/v1/complaints", ValidBody(), Ct);
        var retry = await client.PostAsJsonAsync("/api/v1/complaints", ValidBody(), Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString(),
            (await retry.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString());
        Assert.Equal(before + 1, await factory.CountComplaintsAsync());
    }

    [Fact]
    public async Task Reusing_an_idempotency_key_for_a_different_request_is_422_and_writes_nothing()
    {
        var key = Guid.NewGuid().ToString();
        var client = Client();
        client.DefaultRequestHeaders.Add("Idempotency-Key", key);
        await client.PostAsJsonAsync("/api/v1/complaints", ValidBody(), Ct);
        var before = await factory.CountComplaintsAsync();
        var other = ValidBody();
        other["subject"] = "另一件投诉";

        var response = await client.PostAsJsonAsync("/api/v1/complaints", other, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("idempotency_key_reused", (await ProblemAsync(response)).GetProperty("code").GetString());
        Assert.Equal(before, await factory.CountComplaintsAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var before = await factory.CountComplaintsAsync();

        var response = await Client().PostAsync("/api/v1/complaints", new StringContent("channel=Phone", Encoding.UTF8, "application/x-www-form-urlencoded"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(before, await factory.CountComplaintsAsync());
    }

    [Fact]
    public async Task A_complaint_whose_stored_details_are_not_json_still_reads_with_200_and_a_broken_history()
    {
        var response = await Client().PostAsJsonAsync("/api/v1/complaints", ValidBody(), Ct);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var dbFactory = factory.Services.GetRequiredService<IDbContextFactory<ComplaintOpsDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync(Ct))
        {
            var hash = await db.ComplaintEvents.Where(e => e.ComplaintId == id).Select(e => e.Hash).SingleAsync(Ct);
            await db.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "ComplaintEvents" SET "Details" = {"not json"} WHERE "Hash" = {hash}""", Ct);
        }

        var read = await Client().GetAsync($"/api/v1/complaints/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = await read.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(body.GetProperty("historyIntact").GetBoolean());
        Assert.Equal("Registered", body.GetProperty("timeline")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task An_unknown_complaint_is_a_404_problem()
    {
        var response = await Client().GetAsync($"/api/v1/complaints/{Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Health_reports_healthy_with_the_database_reachable()
    {
        var response = await factory.CreateClient().GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }
}
