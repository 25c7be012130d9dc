using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Queue;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Queue;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Components;

public sealed class QueuePageTests : ComplaintOpsBunitContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private static QueueRow Row(int n, DateTimeOffset due, ClockState state) => new(
        Guid.NewGuid(), $"CP20261123-Q{n:D8}", $"Subject {n}", ComplaintStatus.Investigating, "CARDS", "张伟", "CARD", Severity.High, Channel.Phone,
        CustomerTier.Standard, Now.AddDays(-3), due, ClockKind.Resolve, state);

    [Fact]
    public void Filters_in_the_query_string_reach_the_queue_query()
    {
        Navigation.NavigateTo("/queue?department=CARDS&clockState=Breached&clockKind=Resolve&status=Investigating&severity=High&channel=WeChat" +
                              "&category=CARD&handler=%E5%BC%A0%E4%BC%9F&vip=1&sort=Severity");

        var cut = Render<QueuePage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(QueueQueries.Queries));
        var query = QueueQueries.Queries[0];
        Assert.Equal("CARDS", query.Department);
        Assert.Equal(ClockState.Breached, query.ClockState);
        Assert.Equal(ClockKind.Resolve, query.ClockKind);
        Assert.Equal(ComplaintStatus.Investigating, query.Status);
        Assert.Equal(Severity.High, query.Severity);
        Assert.Equal(Channel.WeChat, query.Channel);
        Assert.Equal("CARD", query.Category);
        Assert.Equal("张伟", query.HandlerName);
        Assert.True(query.VipOnly);
        Assert.Equal(QueueSort.Severity, query.Sort);
        Assert.Equal(0, query.Skip);
    }

    [Fact]
    public void Filter_round_trips_through_the_url()
    {
        var filter = new QueueFilter { Department = "CARDS", ClockState = ClockState.Breached, ClockKind = ClockKind.Resolve };

        Assert.Equal("/queue?department=CARDS&clockState=Breached&clockKind=Resolve", filter.ToUri());
        Assert.Equal(filter, QueueFilter.FromUri("http://localhost" + filter.ToUri()));
        Assert.Null(QueueFilter.FromUri("http://localhost/queue?clockState=Met").ClockState);   // the queue only knows running states
    }

    [Fact]
    public void A_drill_down_filters_by_topic_and_local_registration_days_and_shows_removable_chips()
    {
        Topics.Add(17, TopicSpace.Chinese, "年费 / 扣收");
        Navigation.NavigateTo("/queue?topic=17&from=2026-11-20&to=2026-11-23");

        var cut = Render<QueuePage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(QueueQueries.Queries));
        var query = QueueQueries.Queries[^1];
        Assert.Equal(new TopicKey(17), query.Topic);
        // Local days in Shanghai (UTC+8): from 11-20 00:00 up to, not including, 11-24 00:00.
        Assert.Equal((new DateTimeOffset(2026, 11, 19, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero)),
            (query.RegisteredFromUtc!.Value, query.RegisteredBeforeUtc!.Value));
        Assert.Equal("Topic #17 · 年费 / 扣收", cut.Find("[data-testid=chip-topic]").TextContent.Trim());
        Assert.Equal("Registered 2026-11-20 – 2026-11-23", cut.Find("[data-testid=chip-window]").TextContent.Trim());

        cut.FindComponents<MudBlazor.MudChip<string>>().Single(c => c.Markup.Contains("chip-topic", StringComparison.Ordinal)).Find(".mud-chip-close-button").Click();

        cut.WaitForAssertion(() => Assert.Null(QueueQueries.Queries[^1].Topic));
        Assert.Equal("http://localhost/queue?from=2026-11-20&to=2026-11-23", Navigation.Uri);
        Assert.Empty(cut.FindAll("[data-testid=chip-topic]"));
    }

    [Fact]
    public void A_drill_down_filter_round_trips_through_the_url()
    {
        var filter = new QueueFilter { Topic = new TopicKey(17), Product = "白金卡", From = new DateOnly(2026, 11, 20), To = new DateOnly(2026, 11, 23) };

        Assert.Equal(filter, QueueFilter.FromUri("http://localhost" + filter.ToUri()));
        Assert.Null(QueueFilter.FromUri("http://localhost/queue?topic=abc&from=yesterday").Topic);
        Assert.Null(QueueFilter.FromUri("http://localhost/queue?topic=abc&from=yesterday").From);
    }

    [Fact]
    public void Rows_link_to_the_complaint_and_show_the_nearest_clock_with_a_countdown()
    {
        QueueQueries.Rows.Add(Row(1, Now.AddHours(-2), ClockState.Breached));

        var cut = Render<QueuePage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=row-link]")));
        Assert.Equal($"/complaints/{QueueQueries.Rows[0].Id}", cut.Find("[data-testid=row-link]").GetAttribute("href"));
        Assert.Equal("overdue by 02:00:00", cut.Find("[data-testid=row-due] [data-testid=countdown]").TextContent);
        Assert.Equal("Breached", cut.Find("[data-testid=row-due] [data-testid=clock-state]").GetAttribute("data-state"));
        Assert.Contains("Resolve", cut.Find("[data-testid=row-due]").TextContent);
    }

    [Fact]
    public async Task Published_snapshots_reload_the_page_at_most_once_per_two_seconds()
    {
        var cut = Render<QueuePage>();
        cut.WaitForAssertion(() => Assert.Single(QueueQueries.Queries));

        await Aggregator.TickAsync();   // publishes a snapshot
        await Aggregator.TickAsync();
        await Aggregator.TickAsync();
        Assert.Single(QueueQueries.Queries);   // the last load was just now: wait for the window

        Clock.Advance(QueuePage.MinReloadInterval);

        cut.WaitForAssertion(() => Assert.Equal(2, QueueQueries.Queries.Count));
        Assert.Equal(2, QueueQueries.Queries.Count);   // one reload for the three snapshots
    }

    [Fact]
    public async Task With_live_off_snapshots_do_not_query()
    {
        var cut = Render<QueuePage>();
        cut.WaitForAssertion(() => Assert.Single(QueueQueries.Queries));
        await cut.Find("input[data-testid=queue-live]").ChangeAsync(new() { Value = false });

        await Aggregator.TickAsync();
        Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Single(QueueQueries.Queries);
    }
}
