using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Topics;

/// <summary>
/// Merges the topic into another live one, of any language (the English and Chinese topics of one problem are the usual
/// case); its complaints move there at once. The result is the merged topic's new version.
/// </summary>
public sealed partial class MergeTopicDialog
{
    private IReadOnlyList<TopicRow>? _candidates;
    private TopicKey? _into;
    private string? _error;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public TopicRow Topic { get; set; } = default!;

    [Inject]
    private ITopicQueries Topics { get; set; } = default!;

    [Inject]
    private ITopicCommands Commands { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var all = await Topics.ListAsync(new TopicListQuery(), await CurrentActor.GetAsync(), CancellationToken.None);
        _candidates = [.. all.Where(t => t.Key != Topic.Key && t.State.CanAbsorb()).OrderBy(t => t.Space == Topic.Space).ThenByDescending(t => t.Size)];
    }

    private string Option(TopicRow t) => $"{t.Key.Caption(t.DisplayName)} · {Localizer.Enum("Topic.Space", t.Space)} · {t.Size}";

    private async Task SubmitAsync()
    {
        if (_into is not { } into)
        {
            return;
        }

        _busy = true;
        try
        {
            var version = await Commands.MergeAsync(Topic.Key, Topic.Version, into, await CurrentActor.GetAsync(), CancellationToken.None);
            MudDialog.Close(DialogResult.Ok(version));
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
}
