using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Components.Pages.Governance;

/// <summary>
/// A joint review meeting: its frozen agenda (only the viewer's department's items for a department-scoped viewer), per item
/// the room's findings, root cause and responsible department, and the action items decided on it.
/// </summary>
public sealed partial class MeetingPage
{
    private MeetingDetail? _meeting;
    private Actor? _viewer;
    private bool _loaded;
    private string? _error;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private IReviewMeetingQueries Meetings { get; set; } = default!;

    [Inject]
    private IReviewMeetingCommands Commands { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _viewer = await CurrentActor.GetAsync();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _meeting = await Meetings.GetAsync(Id, _viewer!, CancellationToken.None);
        _loaded = true;
    }

    private static string Chair(MeetingDetail m) =>
        m.Participants.FirstOrDefault() is { } chair ? GovernanceLabels.Name(chair) : m.ChairName;

    private Task HoldAsync() => RunAsync(() => Commands.MarkHeldAsync(Id, _meeting!.Version, _viewer!, CancellationToken.None));

    private Task CloseAsync() => RunAsync(() => Commands.CloseAsync(Id, _meeting!.Version, _viewer!, CancellationToken.None));

    private async Task RunAsync(Func<Task> step)
    {
        try
        {
            await step();
            _error = null;
        }
        catch (DomainException ex)
        {
            _error = Localizer.Of(ex);
        }

        await ReloadAsync();
    }
}
