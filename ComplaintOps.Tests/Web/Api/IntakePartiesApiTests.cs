using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Api;

/// <summary>Receipt time, regulator transfer, joint complainants and the agent through POST /api/v1/complaints (the app runs on the real clock).</summary>
public sealed class IntakePartiesApiTests(ComplaintOpsWebFactory factory) : IClassFixture<ComplaintOpsWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly LocalToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static Dictionary<string, object?> Body(string language = "zh") => new()
    {
        ["channel"] = "Regulator",
        ["subject"] = "理财产品赎回款未按期到账",
        ["description"] = "监管转办：客户反映理财到期赎回款延迟五个工作日仍未到账。",
        ["customerName"] = "李雷",
        ["customerPhone"] = "13912345678",
        ["language"] = language,
        ["receivedAt"] = DateTimeOffset.UtcNow.AddDays(-3),
        ["regulatorDeadline"] = LocalToday.AddDays(14),
        ["regulatorName"] = "国家金融监督管理总局上海监管局",
        ["regulatorReference"] = "沪金管转〔2026〕118号",
        ["jointComplainants"] = new[]
        {
            new Dictionary<string, object?> { ["name"] = "韩梅梅", ["phone"] = "13698765432", ["idNumber"] = "31010119880101002X" },
            new Dictionary<string, object?> { ["name"] = "王小明" },
        },
        ["agent"] = new Dictionary<string, object?>
        {
            ["name"] = "司马律师", ["phone"] = "13711112222", ["relationship"] = "律师",
            ["authorizationReference"] = "WT-2026-0042", ["authorizedOn"] = LocalToday.AddDays(-1),
        },
    };

    private HttpClient Client()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "demo-intake-key");
        return client;
    }

    [Fact]
    public async Task The_api_takes_receipt_time_transfer_and_parties_and_the_detail_shows_them_masked()
    {
        var body = Body();
        var response = await Client().PostAsJsonAsync("/api/v1/complaints", body, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(((DateTimeOffset)body["receivedAt"]!).ToUnixTimeSeconds(), created.GetProperty("receivedAtUtc").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal("沪金管转〔2026〕118号", created.GetProperty("regulatorReference").GetString());
        Assert.Equal("国家金融监督管理总局上海监管局", created.GetProperty("regulatorName").GetString());
        Assert.Equal(3, created.GetProperty("complainants").GetInt32());
        Assert.Equal("WT-2026-0042", created.GetProperty("agentAuthorizationReference").GetString());
        Assert.DoesNotContain("韩梅梅", created.GetRawText(), StringComparison.Ordinal);   // no party's personal data in the API

        var id = created.GetProperty("id").GetGuid();
        var detail = (await factory.Services.GetRequiredService<IComplaintQueries>().GetAsync(id, TestRules.Supervisor, Ct))!;
        Assert.Equal(["韩**", "王**", "司***"], detail.Parties.Select(p => p.Name));
        Assert.Equal("136****5432", detail.Parties[0].Phone);
        Assert.Equal(PartyRole.Agent, detail.Parties[2].Role);
    }

    [Fact]
    public async Task A_retry_with_the_same_parties_is_replayed_a_changed_party_under_the_same_key_is_refused()
    {
        var client = Client();
        client.DefaultRequestHeaders.Add("Idempotency-Key", "parties-" + Guid.NewGuid().ToString("N"));
        var body = Body();

        var first = await client.PostAsJsonAsync("/api/v1/complaints", body, Ct);
        var retry = await client.PostAsJsonAsync("/api/v1/complaints", body, Ct);
        body["jointComplainants"] = new[] { new Dictionary<string, object?> { ["name"] = "韩梅梅" } };
        var changed = await client.PostAsJsonAsync("/api/v1/complaints", body, Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid(),
            (await retry.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
    }

    public static TheoryData<string, string, string> BadInput => new()
    {
        { "receivedAt", "future", "zh" },
        { "receivedAt", "old", "en" },
        { "agent.authorizationReference", "unsigned", "zh" },
        { "jointComplainants", "many", "en" },
        { "regulatorDeadline", "past", "zh" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_400_with_the_field_error_in_the_requests_language_and_stores_nothing(string field, string kind, string language)
    {
        var body = Body(language);
        switch (kind)
        {
            case "future": body["receivedAt"] = DateTimeOffset.UtcNow.AddHours(2); break;
            case "old": body["receivedAt"] = DateTimeOffset.UtcNow.AddDays(-(ComplaintLimits.ReceiptMaxAgeDays + 1)); break;
            case "unsigned": body["agent"] = new Dictionary<string, object?> { ["name"] = "司马律师" }; break;
            case "many": body["jointComplainants"] = Enumerable.Range(0, 501).Select(i => new Dictionary<string, object?> { ["name"] = "张" + i }).ToArray(); break;
            default: body["regulatorDeadline"] = LocalToday.AddDays(-1); break;
        }

        var before = await factory.CountComplaintsAsync();
        var response = await Client().PostAsJsonAsync("/api/v1/complaints", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Equal(language == "zh", message.Any(c => c is >= '\u4e00' and <= '\u9fff'));   // Chinese for zh, English for en
        Assert.Equal(before, await factory.CountComplaintsAsync());
    }
}
