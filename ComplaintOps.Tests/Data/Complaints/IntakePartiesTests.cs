using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Data.Complaints;

/// <summary>Joint complainants and the agent through the real services: stored encrypted, read back masked; the profile per product.</summary>
public sealed class IntakePartiesTests : IntegrationTest
{
    private const string JointName = "欧阳明月";
    private const string JointPhone = "13912345678";
    private const string JointId = "11010119900307123X";
    private const string AgentName = "司马律师";
    private const string AgentPhone = "13798765432";

    protected override void ConfigureServices(IServiceCollection services) => services.PostConfigure<SlaOptions>(o =>
    {
        o.ProductPolicies["基金定投"] = "InvestmentCompany";
        o.ChannelPolicies[Channel.Letter] = "Bank2012";
        o.MajorAmountThreshold = 1_000_000m;
    });

    private static NewComplaint WithParties() => ComplaintBuilder.Sample() with
    {
        JointComplainants = [new JointComplainant(JointName, JointPhone, JointId), new JointComplainant("李四")],
        Agent = new ComplaintAgent(AgentName, AgentPhone, "律师", "WT-2026-0042", new DateOnly(2026, 2, 27)),
    };

    [Fact]
    public async Task Joint_complainants_and_the_agent_are_stored_as_ciphertext()
    {
        var id = (await RunAs(StaffRole.IntakeAgent).RegisterAsync(WithParties())).Id;

        await using var db = TestServices.OpenContext(Database);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Name", "Phone", "IdNumber", "Role", "AuthorizationReference" FROM "ComplaintParties" WHERE "ComplaintId" = @id""";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = id.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
        var rows = new List<(string Name, string? Phone, string? IdNumber, string Role, string? Authorization)>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        Assert.Equal(3, rows.Count);
        var stored = rows.SelectMany(r => new[] { r.Name, r.Phone, r.IdNumber }).OfType<string>().ToList();
        Assert.Equal(6, stored.Count);   // 3 names, 2 phones, 1 ID number
        Assert.All(stored, value => Assert.StartsWith("CfDJ8", value, StringComparison.Ordinal));
        foreach (var secret in new[] { JointName, JointPhone, JointId, AgentName, AgentPhone, "李四" })
        {
            Assert.DoesNotContain(stored, value => value.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(rows, r => r.Role == "Agent" && r.Authorization == "WT-2026-0042");   // not personal data: kept readable
    }

    [Fact]
    public async Task The_detail_lists_the_parties_masked_even_for_a_supervisor()
    {
        var id = (await RunAs(StaffRole.IntakeAgent).RegisterAsync(WithParties())).Id;

        var detail = (await RunAs(StaffRole.Supervisor).GetAsync(id))!;

        Assert.Equal(3, detail.ComplainantCount);
        Assert.Collection(detail.Parties,
            p => Assert.Equal((PartyRole.Complainant, 1, "欧***", "139****5678", "1101**********123X"), (p.Role, p.Position, p.Name, p.Phone, p.IdNumber)),
            p => Assert.Equal((PartyRole.Complainant, 2, "李*", (string?)null), (p.Role, p.Position, p.Name, p.Phone)),
            p =>
            {
                Assert.Equal((PartyRole.Agent, "司***", "137****5432", "律师"), (p.Role, p.Name, p.Phone, p.Relationship));
                Assert.Equal(("WT-2026-0042", new DateOnly(2026, 2, 27)), (p.AuthorizationReference, p.AuthorizedOn));
            });
    }

    [Fact]
    public async Task A_product_or_channel_with_its_own_profile_is_handled_under_it_others_under_the_institutions()
    {
        var fund = (await RunAs(StaffRole.IntakeAgent).RegisterAsync(ComplaintBuilder.Sample() with { Product = "基金定投" })).Id;
        var card = (await RunAs(StaffRole.IntakeAgent).RegisterAsync(ComplaintBuilder.Sample() with { Product = "信用卡" })).Id;

        var letter = (await RunAs(StaffRole.IntakeAgent).RegisterAsync(ComplaintBuilder.Sample() with { Channel = Channel.Letter })).Id;
        var fundByLetter = (await RunAs(StaffRole.IntakeAgent).RegisterAsync(ComplaintBuilder.Sample() with { Channel = Channel.Letter, Product = "基金定投" })).Id;

        Assert.Equal("InvestmentCompany", (await RunAs(StaffRole.Supervisor).GetAsync(fund))!.SlaPolicyName);
        Assert.Equal("Bank2020", (await RunAs(StaffRole.Supervisor).GetAsync(card))!.SlaPolicyName);
        Assert.Equal("Bank2012", (await RunAs(StaffRole.Supervisor).GetAsync(letter))!.SlaPolicyName);
        Assert.Equal("InvestmentCompany", (await RunAs(StaffRole.Supervisor).GetAsync(fundByLetter))!.SlaPolicyName);   // the product's comes first
    }

    [Fact]
    public async Task The_configured_amount_threshold_flags_a_complaint_major_in_the_same_registration()
    {
        var below = (await RunAs(StaffRole.IntakeAgent).RegisterAsync(ComplaintBuilder.Sample() with { DisputedAmount = 999_999.99m })).Id;
        var at = (await RunAs(StaffRole.IntakeAgent).RegisterAsync(ComplaintBuilder.Sample() with { DisputedAmount = 1_000_000m })).Id;

        var supervisor = RunAs(StaffRole.Supervisor);
        Assert.False((await supervisor.GetAsync(below))!.IsMajor);
        var major = (await supervisor.GetAsync(at))!;
        Assert.Equal((true, MajorReason.Amount, Severity.Major), (major.IsMajor, major.MajorReason, major.Severity));
        Assert.Contains(major.Clocks, c => c.Kind == ClockKind.MajorReport);
        Assert.Equal("Amount", major.Timeline.Single().Details["major"]);
    }

    [Fact]
    public async Task Bad_party_input_is_refused_and_nothing_is_stored()
    {
        var tooMany = ComplaintBuilder.Sample() with
        {
            JointComplainants = [.. Enumerable.Range(0, ComplaintLimits.JointComplainants + 1).Select(i => new JointComplainant("张" + i))],
        };
        var unsigned = ComplaintBuilder.Sample() with { Agent = new ComplaintAgent("司马律师", null, null, null, null) };

        var refusedMany = await Assert.ThrowsAsync<ValidationException>(() => RunAs(StaffRole.IntakeAgent).RegisterAsync(tooMany));
        var refusedAgent = await Assert.ThrowsAsync<ValidationException>(() => RunAs(StaffRole.IntakeAgent).RegisterAsync(unsigned));

        Assert.Contains(refusedMany.Failures, f => f.Field == "jointComplainants" && f.Code == FieldErrorCodes.JointComplainants);
        Assert.Contains(refusedAgent.Failures, f => f.Field == "agent.authorizationReference" && f.Code == FieldErrorCodes.AgentAuthorization);
        Assert.Contains(refusedAgent.Failures, f => f.Field == "agent.authorizedOn" && f.Code == FieldErrorCodes.AuthorizedOn);
        await using var db = TestServices.OpenContext(Database);
        Assert.Equal(0, await db.Complaints.CountAsync(Ct));
        Assert.Equal(0, await db.ComplaintParties.CountAsync(Ct));
    }
}
