using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ComplaintOps.Web.Components.Pages.Governance;

/// <summary>
/// Presentation mode: the frozen agenda one item per screen, with its figures, its eight-week chart and, beside them, the
/// figures as they are now (<see cref="IReviewMeetingQueries.LiveAsync"/>, re-read on every page).
/// </summary>
public sealed partial class PresentPage
{
    private MeetingDetail? _meeting;
    private Dictionary<Guid, LiveFigures> _live = [];
    private int _index;
    private ElementReference _stage;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private IReviewMeetingQueries Meetings { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _meeting = await Meetings.GetAsync(Id, await CurrentActor.GetAsync(), CancellationToken.None);
        await RefreshLiveAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await _stage.FocusAsync();   // so the keys page without a click first
        }
    }

    private async Task KeyAsync(KeyboardEventArgs e)
    {
        switch (e.Key)
        {
            case "ArrowRight" or "ArrowDown" or "PageDown" or " ":
                await GoAsync(_index + 1);
                break;
            case "ArrowLeft" or "ArrowUp" or "PageUp":
                await GoAsync(_index - 1);
                break;
            case "Home":
                await GoAsync(0);
                break;
            case "End":
                await GoAsync(int.MaxValue);
                break;
            case "Escape":
                Navigation.NavigateTo($"/governance/meetings/{Id}");
                break;
        }
    }

    private async Task GoAsync(int index)
    {
        if (_meeting is null || _meeting.Items.Count == 0)
        {
            return;
        }

        var next = Math.Clamp(index, 0, _meeting.Items.Count - 1);
        if (next != _index)
        {
            _index = next;
            await RefreshLiveAsync();
        }
    }

    private async Task RefreshLiveAsync()
    {
        if (_meeting is not null)
        {
            _live = (await Meetings.LiveAsync(Id, await CurrentActor.GetAsync(), CancellationToken.None)).ToDictionary(l => l.ItemId);
        }
    }
}
