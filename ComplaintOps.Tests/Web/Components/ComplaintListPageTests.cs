using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Complaints;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Components;

public sealed class ComplaintListPageTests : ComplaintOpsBunitContext
{
    [Fact]
    public void Loads_the_first_page_with_links_to_the_detail()
    {
        Queries.Rows.AddRange(Enumerable.Range(1, 30).Select(ComplaintDetailBuilder.Row));

        var cut = Render<ComplaintListPage>();

        cut.WaitForAssertion(() => Assert.Equal(25, cut.FindAll("[data-testid=row-link]").Count));
        var first = Assert.Single(Queries.ListQueries.Take(1));
        Assert.Equal(0, first.Skip);
        Assert.Equal(25, first.Take);
        Assert.Equal($"/complaints/{Queries.Rows[0].Id}", cut.FindAll("[data-testid=row-link]")[0].GetAttribute("href"));
    }

    [Fact]
    public async Task Toggling_open_only_queries_with_that_filter_and_records_it_in_the_url()
    {
        Queries.Rows.Add(ComplaintDetailBuilder.Row(1));
        var cut = Render<ComplaintListPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(Queries.ListQueries));

        
        await cut.Find("input[data-testid=filter-open]").ChangeAsync(new() { Value = true });

        cut.WaitForAssertion(() => Assert.True(Queries.ListQueries[^1].OpenOnly));
        Assert.Contains("open=1", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_in_the_url_are_applied_on_load()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/complaints?status=Investigating&status=Appealed&channel=Regulator&vip=1&sort=DueSoonest&q=%E5%B9%B4%E8%B4%B9");

        Render<ComplaintListPage>();

        var query = Assert.Single(Queries.ListQueries.Take(1));
        Assert.Equal([ComplaintStatus.Investigating, ComplaintStatus.Appealed], query.Statuses);
        Assert.Equal(ComplaintOps.Data.Domain.Reference.Channel.Regulator, query.Channel);
        Assert.Equal(ComplaintOps.Data.Domain.Reference.CustomerTier.Vip, query.CustomerTier);
        Assert.Equal(ComplaintOps.Data.Features.Complaints.ComplaintSort.DueSoonest, query.Sort);
        Assert.Equal("年费", query.Text);
    }
}
