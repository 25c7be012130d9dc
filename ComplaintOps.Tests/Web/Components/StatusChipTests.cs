using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Shared;

namespace ComplaintOps.Tests.Web.Components;

public sealed class StatusChipTests : ComplaintOpsBunitContext
{
    [Theory]
    [InlineData("en", ComplaintStatus.Registered, "Registered")]
    [InlineData("zh-CN", ComplaintStatus.Registered, "已登记")]
    [InlineData("en", ComplaintStatus.ResolutionProposed, "Resolution proposed")]
    [InlineData("zh-CN", ComplaintStatus.UnderReview, "审核中")]
    public void Shows_the_localized_status_not_the_resource_key(string culture, ComplaintStatus status, string expected)
    {
        UseCulture(culture);

        var cut = Render<StatusChip>(p => p.Add(x => x.Status, status));

        var chip = cut.Find("[data-testid=status-chip]");
        Assert.Equal(expected, chip.TextContent.Trim());
        Assert.Equal(status.ToString(), chip.GetAttribute("data-status"));
    }

    [Fact]
    public void Every_status_has_a_translation_in_both_languages()
    {
        foreach (var culture in new[] { "en", "zh-CN" })
        {
            UseCulture(culture);
            foreach (var status in Enum.GetValues<ComplaintStatus>())
            {
                var cut = Render<StatusChip>(p => p.Add(x => x.Status, status));
                Assert.DoesNotContain("Status.", cut.Find("[data-testid=status-chip]").TextContent, StringComparison.Ordinal);
            }
        }
    }
}
