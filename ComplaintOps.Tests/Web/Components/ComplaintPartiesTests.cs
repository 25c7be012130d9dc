using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Complaints;

namespace ComplaintOps.Tests.Web.Components;

public sealed class ComplaintPartiesTests : ComplaintOpsBunitContext
{
    [Theory]
    [InlineData("en", "Complainants and agent (3 complainants)", "Joint complainant", "Authorised agent")]
    [InlineData("zh-CN", "投诉人及代理人（共 3 名投诉人）", "共同投诉人", "委托代理人")]
    public void Lists_the_parties_as_the_detail_gives_them_masked(string culture, string title, string complainant, string agent)
    {
        UseCulture(culture);
        PartyView[] parties =
        [
            new(Guid.NewGuid(), PartyRole.Complainant, 1, "韩**", "136****5432", null, null, null, null),
            new(Guid.NewGuid(), PartyRole.Agent, 1, "司***", "137****2222", null, "律师", "WT-2026-0042", new DateOnly(2026, 11, 20)),
        ];

        var cut = Render<ComplaintParties>(p => p.Add(x => x.Parties, parties).Add(x => x.ComplainantCount, 3));

        Assert.Contains(title, cut.Markup, StringComparison.Ordinal);
        var rows = cut.FindAll("[data-testid=party-row]").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(complainant, rows[0], StringComparison.Ordinal);
        Assert.Contains("136****5432", rows[0], StringComparison.Ordinal);
        Assert.Contains(agent, rows[1], StringComparison.Ordinal);
        Assert.Contains("WT-2026-0042 (2026-11-20)", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_nothing_without_parties() =>
        Assert.Empty(Render<ComplaintParties>(p => p.Add(x => x.Parties, [])).FindAll("[data-testid=complaint-parties]"));
}
