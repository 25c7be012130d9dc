using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Topics;

/// <summary>Names a topic (empty: back to the automatic label). The name survives retraining; the result is the new version.</summary>
public sealed partial class RenameTopicDialog
{
    private const int NameLength = Data.Domain.Topics.Topic.NameLength;

    private string? _name;
    private string? _error;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public TopicRow Topic { get; set; } = default!;

    [Inject]
    private ITopicCommands Commands { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    protected override void OnInitialized() => _name = Topic.Name;

    private async Task SubmitAsync()
    {
        _busy = true;
        try
        {
            var version = await Commands.RenameAsync(Topic.Key, Topic.Version, _name, await CurrentActor.GetAsync(), CancellationToken.None);
            MudDialog.Close(DialogResult.Ok(version));
        }
        catch (DomainException ex)
        {
            _error = Localizer.Of(ex);   // the dialog stays open with what was typed
        }
        finally
        {
            _busy = false;
        }
    }
}
