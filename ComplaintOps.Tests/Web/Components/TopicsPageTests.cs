using Bunit;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Topics;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components;

public sealed class TopicsPageTests : ComplaintOpsBunitContext
{
    public TopicsPageTests()
    {
        Topics.Add(1, TopicSpace.Chinese, "手机银行 / 登录 / 失败", size: 40);
        Topics.Add(2, TopicSpace.EnglishShort, "mobile banking / login", size: 12);
        Topics.Add(12, TopicSpace.Chinese, "ATM / 吞卡", emerging: true, size: 6);
    }

    [Fact]
    public void The_workspace_lists_topics_with_size_trend_and_state_emerging_first_and_distinct()
    {
        RunAs(TestRules.Supervisor);

        var cut = Render<TopicsPage>();

        cut.WaitForAssertion(() => Assert.Equal(["12", "1", "2"], cut.FindAll("[data-testid=topic-row]").Select(r => r.GetAttribute("data-topic"))));
        var emerging = cut.Find("[data-testid=topic-row][data-topic='12']").ParentElement!;
        Assert.Contains("mud-chip-filled", emerging.QuerySelector("[data-testid=topic-state]")!.ClassName, StringComparison.Ordinal);
        Assert.Contains("Emerging", emerging.TextContent, StringComparison.Ordinal);
        Assert.Equal("40", cut.Find("[data-testid=topic-row][data-topic='1']").ParentElement!.QuerySelector("[data-testid=topic-size]")!.TextContent);
        Assert.Contains("5 → 8", cut.Find("[data-testid=topic-trend]").TextContent, StringComparison.Ordinal);
        Assert.Equal("/topics/1", cut.Find("[data-testid=topic-row][data-topic='1'] [data-testid=topic-link]").GetAttribute("href"));
    }

    [Fact]
    public async Task An_analyst_renames_a_topic_in_the_dialog_and_the_page_shows_the_new_name()
    {
        RunAs(TestRules.Supervisor);
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<TopicDetailPage>(p => p.Add(x => x.Id, 1));
        cut.WaitForElement("[data-testid=topic-steering]");

        var clicked = cut.Find("[data-testid=topic-rename]").ClickAsync(new());   // completes when the dialog closes
        dialogs.WaitForElement("[data-testid=rename-dialog]");
        await dialogs.InvokeAsync(() => dialogs.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("手机银行升级后无法登录"));
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        cut.WaitForAssertion(() => Assert.Equal("#1 · 手机银行升级后无法登录", cut.Find("[data-testid=topic-title]").TextContent));
        Assert.Empty(dialogs.FindAll("[data-testid=rename-dialog]"));
        Assert.Equal(TopicEventKind.Renamed.ToString(), cut.Find("[data-testid=topic-event]").GetAttribute("data-kind"));
        Assert.Equal(1, Topics.Commands);
    }

    [Fact]
    public async Task A_decision_on_a_topic_changed_meanwhile_is_refused_in_the_users_language_and_changes_nothing()
    {
        UseCulture("zh-CN");
        RunAs(TestRules.Supervisor);
        var cut = Render<TopicDetailPage>(p => p.Add(x => x.Id, 1));
        cut.WaitForElement("[data-testid=topic-noise]");
        await Topics.RenameAsync(new TopicKey(1), 1, "别人刚改的名字", TestRules.Manager, CancellationToken.None);   // someone else, meanwhile

        await cut.Find("[data-testid=topic-noise]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("该记录已被他人修改，请刷新后重试。", cut.Find("[data-testid=topic-error]").TextContent));
        Assert.Equal(TopicState.Active, (await Topics.GetAsync(new TopicKey(1), TestRules.Supervisor, CancellationToken.None))!.Topic.State);
    }

    [Fact]
    public void Without_steer_topics_the_page_offers_no_steering()
    {
        RunAs(TestRules.Auditor);   // may view analytics, may neither steer topics nor manage actions

        var cut = Render<TopicDetailPage>(p => p.Add(x => x.Id, 1));

        cut.WaitForElement("[data-testid=topic-detail]");
        Assert.Empty(cut.FindAll("[data-testid=topic-steering]"));
        Assert.Empty(cut.FindAll("[data-testid=topic-rename]"));
        Assert.Equal("/queue?topic=1", cut.Find("[data-testid=topic-open-queue]").GetAttribute("href"));
    }

    [Fact]
    public async Task The_merge_picker_offers_live_topics_of_every_language_and_merges_into_the_chosen_one()
    {
        RunAs(TestRules.Supervisor);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<TopicDetailPage>(p => p.Add(x => x.Id, 2));
        cut.WaitForElement("[data-testid=topic-merge]");

        var clicked = cut.Find("[data-testid=topic-merge]").ClickAsync(new());   // completes when the dialog closes
        dialogs.WaitForElement("[data-testid=merge-into]");
        var select = dialogs.FindComponent<MudSelect<TopicKey?>>();
        await dialogs.InvokeAsync(() => select.Instance.OpenMenu());

        // #1 (Chinese, active) only: not the English topic itself, not the emerging #12 (nothing merges into a provisional topic)
        dialogs.WaitForAssertion(() => Assert.Equal([new TopicKey(1)], dialogs.FindComponents<MudSelectItem<TopicKey?>>().Select(i => i.Instance.Value!.Value)));
        await dialogs.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(new TopicKey(1)));
        await dialogs.Find("[data-testid=dialog-submit]").ClickAsync(new());
        await clicked;

        cut.WaitForAssertion(() => Assert.Equal("Merged", cut.Find("[data-testid=topic-state]").GetAttribute("data-state")));
        Assert.Equal("/topics/1", cut.Find("[data-testid=topic-merged-into]").GetAttribute("href"));
    }
}
