using ComplaintOps.Data.Features.PersonalData;
using ComplaintOps.Web.Identity;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Audit;

/// <summary>The personal data access log for auditors: newest first, server-paged, filtered by complaint, viewer and local dates.</summary>
public sealed partial class AccessLogPage
{
    private static readonly int[] PageSizes = [10, 25, 50, 100];

    private MudTable<AccessLogRow>? _table;
    private string? _reference;
    private string? _viewer;
    private DateTime? _from;
    private DateTime? _to;

    [Inject]
    private IAccessLogQueries Log { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    private async Task<TableData<AccessLogRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var query = new AccessLogQuery
        {
            ComplaintReference = _reference,
            Viewer = _viewer,
            FromUtc = _from is { } from ? Time.StartOfDayUtc(DateOnly.FromDateTime(from)) : null,
            // The "to" date is inclusive on screen: everything before the next local midnight.
            ToUtc = _to is { } to ? Time.StartOfDayUtc(DateOnly.FromDateTime(to).AddDays(1)) : null,
            Skip = state.Page * state.PageSize,
            Take = state.PageSize,
        };
        var page = await Log.ListAsync(query, await CurrentActor.GetAsync(), cancellationToken);
        return new TableData<AccessLogRow> { Items = page.Items, TotalItems = page.Total };
    }

    private Task OnReferenceChanged(string? value) => ApplyAsync(() => _reference = value);

    private Task OnViewerChanged(string? value) => ApplyAsync(() => _viewer = value);

    private Task OnFromChanged(DateTime? value) => ApplyAsync(() => _from = value);

    private Task OnToChanged(DateTime? value) => ApplyAsync(() => _to = value);

    private async Task ApplyAsync(Action change)
    {
        change();
        if (_table is not null)
        {
            _table.NavigateTo(Page.First);
            await _table.ReloadServerData();
        }
    }
}
