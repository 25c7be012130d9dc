using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Web.Components.Pages.Governance;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Topics;

/// <summary>
/// One topic: its figures, five typical complaints and history, and the analysts' steering (rename, merge, noise, split
/// request) for those with SteerTopics, a root-cause action for those who manage them. Every decision quotes the version
/// shown; a refusal (someone else changed it, a rule broken) shows in the user's language and changes nothing.
/// </summary>
public sealed partial class TopicDetailPage
{
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    private TopicDetail? _detail;
    private bool _loaded;
    private bool _canSteer;
    private bool _canAct;
    private bool _busy;
    private string? _error;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ITopicQueries Topics { get; set; } = default!;

    [Inject]
    private ITopicCommands Commands { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var viewer = await CurrentActor.GetAsync();
        _canSteer = viewer.Has(Permission.SteerTopics);   // no button that would be refused
        _canAct = viewer.Has(Permission.ManageImprovementActions);
        _error = null;
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _detail = await Topics.GetAsync(new TopicKey(Id), await CurrentActor.GetAsync(), CancellationToken.None);
        _loaded = true;
    }

    private async Task RenameAsync()
    {
        var parameters = new DialogParameters<RenameTopicDialog> { { d => d.Topic, _detail!.Topic } };
        var dialog = await Dialogs.ShowAsync<RenameTopicDialog>(Localizer["Topics.Rename"], parameters, DialogOptions);
        if (await dialog.Result is { Canceled: false })
        {
            await ReloadAsync();
        }
    }

    private async Task MergeAsync()
    {
        var parameters = new DialogParameters<MergeTopicDialog> { { d => d.Topic, _detail!.Topic } };
        var dialog = await Dialogs.ShowAsync<MergeTopicDialog>(Localizer["Topics.Merge"], parameters, DialogOptions);
        if (await dialog.Result is { Canceled: false })
        {
            await ReloadAsync();
        }
    }

    private Task ToggleNoiseAsync() => SteerAsync((topic, actor) =>
        Commands.MarkNoiseAsync(topic.Key, topic.Version, topic.State != TopicState.Noise, actor, CancellationToken.None));

    private Task RequestSplitAsync() => SteerAsync((topic, actor) => Commands.RequestSplitAsync(topic.Key, topic.Version, actor, CancellationToken.None));

    private async Task SteerAsync(Func<TopicRow, Data.Domain.Reference.Actor, Task<int>> decide)
    {
        _busy = true;
        try
        {
            await decide(_detail!.Topic, await CurrentActor.GetAsync());
            _error = null;
            await ReloadAsync();
        }
        catch (DomainException ex)
        {
            _error = Localizer.Of(ex);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CreateActionAsync()
    {
        var parameters = new DialogParameters<CreateActionDialog> { { d => d.Target, RootCauseTarget.OfTopic(_detail!.Topic.Key) } };
        await Dialogs.ShowAsync<CreateActionDialog>(Localizer["Actions.Add"], parameters,
            new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true });
    }

    /// <summary>"Merged into #3", "#12 was merged into this topic", "Renamed: 信用卡年费" …</summary>
    private string HistoryText(TopicKey shown, TopicHistoryEntry e)
    {
        var what = Localizer.Enum("Topic.Event", e.Kind);
        if (e.Topic != shown)
        {
            what = $"{e.Topic} · {what}";   // another topic's event that names this one (merged into it, split from it)
        }

        if (e.Related is { } related && related != shown)
        {
            what += " → " + related;
        }

        return e.Detail is { Length: > 0 } detail ? $"{what}: {detail}" : what;
    }
}
