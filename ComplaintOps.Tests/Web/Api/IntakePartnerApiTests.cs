using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Partners;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Web.Api;

/// <summary>The intake API takes the partner a complaint is about as an optional partnerCode; an unknown one is refused.</summary>
public sealed class IntakePartnerApiTests : IntegrationTest
{
    private static Dictionary<string, object?> Body(string? partner) => new()
    {
        ["channel"] = "Phone",
        ["subject"] = "催收人员夜间频繁来电",
        ["description"] = "外包催收公司每天晚上十点后打电话，还联系我的同事。",
        ["customerName"] = "李雷",
        ["customerPhone"] = "13912345678",
        ["language"] = "zh",
        ["partnerCode"] = partner,
    };

    [Fact]
    public async Task A_known_partner_is_linked_and_an_unknown_one_refused_without_storing_anything()
    {
        await Get<IPartnerCommands>().CreateAsync(new NewPartner("AGY-HUIXIN", "汇信催收", "Huixin Collection", PartnerKind.CollectionAgency),
            RunAs(StaffRole.Supervisor).Actor, Ct);
        var client = Web.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "demo-intake-key");

        var refused = await client.PostAsJsonAsync("/api/v1/complaints", Body("NOBODY"), Ct);
        var created = await client.PostAsJsonAsync("/api/v1/complaints", Body("agy-huixin"), Ct);

        Assert.True(refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity or HttpStatusCode.Conflict, refused.StatusCode.ToString());
        Assert.Equal("unknown_partner", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(["AGY-HUIXIN"], await db.Complaints.Select(c => c.PartnerCode).ToListAsync(Ct));
    }
}
