using Bunit;
using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Governance;
using ComplaintOps.Web.Components.Pages.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using static ComplaintOps.Tests.TestInfrastructure.Builders.DashboardSnapshotBuilder;

namespace ComplaintOps.Tests.Web.Components;

public sealed class DashboardComponentsTests : ComplaintOpsBunitContext
{
    [Fact]
    public void Kpi_tiles_show_the_numbers_alone_and_rates_with_one_decimal()
    {
        var snapshot = Snapshot() with { OpenTotal = 340, Today = Today(received: 12, closed: 5, clocksMet: 200, onTime: 187, rated: 8, satisfied: 7) };

        var cut = Render<KpiTiles>(p => p.Add(x => x.Snapshot, snapshot));

        Assert.Equal("12", cut.Find("[data-testid=kpi-received-today]").TextContent);
        Assert.Equal("5", cut.Find("[data-testid=kpi-closed-today]").TextContent);
        Assert.Equal("340", cut.Find("[data-testid=kpi-open-total]").TextContent);
        Assert.Equal("93.5%", cut.Find("[data-testid=kpi-timely-rate]").TextContent);
        Assert.Equal("87.5%", cut.Find("[data-testid=kpi-satisfaction]").TextContent);
    }

    [Fact]
    public void Kpi_rates_without_anything_to_rate_show_a_dash()
    {
        var cut = Render<KpiTiles>(p => p.Add(x => x.Snapshot, Snapshot() with { Today = Today(received: 3) }));

        Assert.Equal("—", cut.Find("[data-testid=kpi-timely-rate]").TextContent);
        Assert.Equal("—", cut.Find("[data-testid=kpi-satisfaction]").TextContent);
        Assert.Equal("0", cut.Find("[data-testid=kpi-closed-today]").TextContent);
    }

    [Fact]
    public void Stage_matrix_has_a_row_per_department_and_links_counts_to_the_filtered_queue()
    {
        StageCount[] stages =
        [
            new(ComplaintStatus.Registered, null, 3), new(ComplaintStatus.Assigned, "CARDS", 2),
            new(ComplaintStatus.Investigating, "CARDS", 4), new(ComplaintStatus.Investigating, "LEGAL", 1),
        ];

        var cut = Render<StageBoard>(p => p.Add(x => x.Stages, stages));

        string Cell(string department, ComplaintStatus status) =>
            cut.Find($"[data-testid=stage-cell][data-department='{department}'][data-status={status}]").TextContent.Trim();
        Assert.Equal("4", Cell("CARDS", ComplaintStatus.Investigating));
        Assert.Equal("2", Cell("CARDS", ComplaintStatus.Assigned));
        Assert.Equal("1", Cell("LEGAL", ComplaintStatus.Investigating));
        Assert.Equal("3", Cell("", ComplaintStatus.Registered));
        Assert.Equal("·", Cell("LEGAL", ComplaintStatus.Assigned));
        Assert.Equal(["CARDS", "LEGAL", ""], cut.FindAll("[data-testid=stage-row-total]").Select(e => e.GetAttribute("data-department")));
        Assert.Equal("6", cut.Find("[data-testid=stage-row-total][data-department=CARDS]").TextContent);
        Assert.Equal("/queue?department=CARDS&status=Investigating",
            cut.Find("[data-testid=stage-cell][data-department=CARDS][data-status=Investigating] a").GetAttribute("href"));
        Assert.Contains("Not yet routed", cut.Markup);
    }

    [Fact]
    public void Countdowns_are_coloured_by_state_and_tick_as_time_passes()
    {
        UrgentClock[] clocks =
        [
            Urgent("CP-BREACHED", TimeSpan.FromMinutes(-30), ClockState.Breached),
            Urgent("CP-ATRISK", TimeSpan.FromHours(2), ClockState.AtRisk),
            Urgent("CP-ONTIME", TimeSpan.FromHours(5), ClockState.OnTime),
        ];

        var cut = Render<UrgentClocks>(p => p.Add(x => x.Clocks, clocks));

        AngleSharp.Dom.IElement Countdown(string reference) => cut.Find($"[data-testid=urgent-clock][data-reference={reference}] [data-testid=countdown]");
        Assert.Equal("overdue by 00:30:00", Countdown("CP-BREACHED").TextContent);
        Assert.Contains("due-overdue", Countdown("CP-BREACHED").ClassList);
        Assert.Equal("due in 02:00:00", Countdown("CP-ATRISK").TextContent);
        Assert.Contains("due-risk", Countdown("CP-ATRISK").ClassList);
        Assert.Equal("due in 05:00:00", Countdown("CP-ONTIME").TextContent);
        Assert.Contains("due-ok", Countdown("CP-ONTIME").ClassList);

        Clock.Advance(TimeSpan.FromSeconds(61));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("overdue by 00:31:01", Countdown("CP-BREACHED").TextContent);
            Assert.Equal("due in 01:58:59", Countdown("CP-ATRISK").TextContent);
        });

        Clock.Advance(TimeSpan.FromHours(2));   // the at-risk clock runs out before any new snapshot: shown as breached

        cut.WaitForAssertion(() =>
        {
            Assert.StartsWith("overdue by", Countdown("CP-ATRISK").TextContent, StringComparison.Ordinal);
            Assert.Contains("due-overdue", Countdown("CP-ATRISK").ClassList);
        });
    }

    [Fact]
    public void Countdowns_read_naturally_in_chinese()
    {
        UseCulture("zh-CN");

        var cut = Render<UrgentClocks>(p => p.Add(x => x.Clocks, [Urgent("CP-1", TimeSpan.FromMinutes(-5), ClockState.Breached)]));

        Assert.Equal("已逾期00:05:00", cut.Find("[data-testid=countdown]").TextContent);
    }

    [Fact]
    public void Hotspot_panel_warns_of_batch_complaints_only_where_flagged()
    {
        UseCulture("zh-CN");
        Hotspot[] hotspots = [Hotspot(5, batch: true), Hotspot(7, batch: false)];

        var cut = Render<HotspotPanel>(p => p.Add(x => x.Hotspots, hotspots).Add(x => x.TopicNames, Names));

        Assert.Equal(2, cut.FindAll("[data-testid=hotspot-panel] [data-testid=hotspot]").Count);
        var warning = Assert.Single(cut.FindAll("[data-testid=batch-warning]"));
        Assert.Equal("批量投诉预警", warning.TextContent);
        Assert.NotNull(cut.Find("[data-testid=hotspot][data-subject='#5'] [data-testid=batch-warning]"));
        Assert.Empty(cut.FindAll("[data-testid=hotspot][data-subject='#7'] [data-testid=batch-warning]"));
        Assert.Contains("#5 · 信用卡年费重复扣收", cut.Find("[data-testid=hotspot][data-subject='#5']").TextContent, StringComparison.Ordinal);
        Assert.Equal("+200%", cut.Find("[data-testid=hotspot][data-subject='#7'] [data-testid=hotspot-growth]").TextContent);
    }

    [Fact]
    public void A_hotspot_opens_the_queue_on_its_topic_and_window_and_offers_no_action_to_who_cannot_manage_them()
    {
        // The window is the 24 h up to 2026-11-23 10:00 in Shanghai: local days 11-22 and 11-23.
        var cut = Render<HotspotPanel>(p => p.Add(x => x.Hotspots, new[] { Hotspot(5, batch: true) }).Add(x => x.TopicNames, Names));

        Assert.Equal("/queue?topic=5&from=2026-11-22&to=2026-11-23", cut.Find("[data-testid=hotspot-link]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=hotspot-action]"));   // the intake agent manages no improvement actions
    }

    [Fact]
    public async Task A_hotspot_creates_a_root_cause_action_for_its_topic()
    {
        RunAs(TestRules.Supervisor);
        var actions = new InMemoryRootCauseActions(Clock);
        Services.AddSingleton<IRootCauseActions>(actions);
        Services.AddSingleton(Options.Create(new EffectivenessOptions()));
        Topics.Add(5, TopicSpace.Chinese, "年费 / 扣收").Rename("信用卡年费重复扣收", TestRules.Supervisor, Now);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<HotspotPanel>(p => p.Add(x => x.Hotspots, new[] { Hotspot(5, batch: true) }).Add(x => x.TopicNames, Names));

        await cut.Find("[data-testid=hotspot-action]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Equal("Topic #5 · 信用卡年费重复扣收", dialogs.Find("[data-testid=action-target]").TextContent));
        var form = dialogs.FindComponent<ActionItemForm>();
        await dialogs.InvokeAsync(() => form.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("年费提醒短信"));
        await dialogs.InvokeAsync(() => form.FindComponents<MudSelect<string>>()[0].Instance.ValueChanged.InvokeAsync("HCARDS1"));   // the owner; their department follows
        await dialogs.InvokeAsync(() => form.FindComponent<MudDatePicker>().Instance.DateChanged.InvokeAsync(new DateTime(2026, 12, 15)));
        await dialogs.Find("[data-testid=action-add]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=create-action-dialog]")));
        var created = Assert.Single(await actions.ListAsync(TestRules.Supervisor, CancellationToken.None));
        Assert.Equal((RootCauseTarget.OfTopic(new TopicKey(5)), "年费提醒短信", "HCARDS1", "CARDS", null), (created.Target, created.Title, created.OwnerId, created.Department,
            created.MeetingId));   // an action item without a meeting
    }

    [Fact]
    public void A_product_batch_opens_the_queue_on_its_product_and_an_emerging_topic_on_its_span()
    {
        var product = new Hotspot(HotspotSubject.OfProduct("白金卡"), 6, 0, 0, false, 6, true, new TimeWindow(Now.AddHours(-2), Now));
        EmergingTopic[] emerging = [new(new TopicKey(12), "ATM / 吞卡", TopicSpace.Chinese, 6, Now.AddDays(-3), Now.AddHours(-1))];

        var hotspots = Render<HotspotPanel>(p => p.Add(x => x.Hotspots, new[] { product }));
        var alerts = Render<EmergingTopicsPanel>(p => p.Add(x => x.Emerging, emerging));

        Assert.Equal("/queue?product=%E7%99%BD%E9%87%91%E5%8D%A1&from=2026-11-23&to=2026-11-23", hotspots.Find("[data-testid=hotspot-link]").GetAttribute("href"));
        Assert.Equal("/queue?topic=12&from=2026-11-20&to=2026-11-23", alerts.Find("[data-testid=emerging-link]").GetAttribute("href"));
        Assert.Contains("Emerging", alerts.Find("[data-testid=emerging-topic]").TextContent, StringComparison.Ordinal);
        Assert.Contains("6 complaints · first 2026-11-20 10:00 · last 2026-11-23 09:00", alerts.Find("[data-testid=emerging-topic]").TextContent, StringComparison.Ordinal);
    }

    private static readonly Dictionary<TopicKey, string> Names = new() { [new TopicKey(5)] = "信用卡年费重复扣收", [new TopicKey(7)] = "征信逾期记录有误" };

    [Fact]
    public void Feed_lists_items_latest_first_with_localised_kind_and_actor()
    {
        FeedItem[] items = [Feed("CP-NEW", "Assign"), Feed("CP-OLD", ago: TimeSpan.FromMinutes(5))];

        var cut = Render<LiveFeed>(p => p.Add(x => x.Items, items).Add(x => x.ActorLabel, n => n == "王芳" ? "Wang Fang" : n));

        var rows = cut.FindAll("[data-testid=live-feed] [data-testid=feed-item]");
        Assert.Equal(["CP-NEW", "CP-OLD"], rows.Select(r => r.GetAttribute("data-reference")));
        Assert.Contains("Assigned", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Wang Fang", rows[0].TextContent);
        Assert.Contains("10:00:00", rows[0].TextContent);
    }
}
