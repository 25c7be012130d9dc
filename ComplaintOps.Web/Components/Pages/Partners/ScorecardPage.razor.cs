using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Partners;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Partners;

/// <summary>
/// The partner scorecard for a period (default: this quarter so far): complaints, open, on-time rate, mean cycle time,
/// satisfaction, repeat rate and the latest cooperation rating. Action items per partner are not shown: root-cause actions
/// carry no partner yet (they will once the meeting branch adds the partner target).
/// </summary>
public sealed partial class ScorecardPage
{
    private IReadOnlyList<PartnerScore>? _scores;
    private DateOnly _from;
    private DateOnly _to;
    private string? _error;

    [Inject]
    private IPartnerQueries Queries { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _to = Time.Today;
        _from = new DateOnly(_to.Year, (((_to.Month - 1) / 3) * 3) + 1, 1);
        await LoadAsync();
    }

    private static DateTime? ToDate(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);

    private async Task ApplyAsync(DateTime? from, DateTime? to)
    {
        _from = from is { } f ? DateOnly.FromDateTime(f) : _from;
        _to = to is { } t ? DateOnly.FromDateTime(t) : _to;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _error = null;
            _scores = await Queries.ScorecardAsync(_from, _to, await CurrentActor.GetAsync(), CancellationToken.None);
        }
        catch (DomainException ex)
        {
            _error = L.Of(ex);
        }
    }
}
