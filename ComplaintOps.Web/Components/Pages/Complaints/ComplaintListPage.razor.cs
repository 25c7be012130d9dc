using ComplaintOps.Web.Identity;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>The complaint queue: server-paged, filtered by the controls above the grid, filter kept in the URL.</summary>
public sealed partial class ComplaintListPage
{
    private static readonly ComplaintSort[] Sorts = [ComplaintSort.Newest, ComplaintSort.Oldest, ComplaintSort.DueSoonest];
    private static readonly int[] PageSizes = [10, 25, 50, 100];

    private MudDataGrid<ComplaintRow>? _grid;
    private ComplaintListFilter _filter = new();

    [Inject]
    private IComplaintQueries Queries { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    protected override void OnInitialized() => _filter = ComplaintListFilter.FromUri(Navigation.Uri);

    private async Task<GridData<ComplaintRow>> LoadAsync(GridState<ComplaintRow> state, CancellationToken cancellationToken)
    {
        var page = await Queries.ListAsync(_filter.ToQuery(state.Page * state.PageSize, state.PageSize), await CurrentActor.GetAsync(), cancellationToken);
        return new GridData<ComplaintRow> { Items = page.Items, TotalItems = page.Total };
    }

    private string StatusText(IReadOnlyList<string> selected) =>
        selected.Count <= 2 ? string.Join(", ", selected) : L["List.StatusCount", selected.Count];

    private static string SeverityClass(ComplaintOps.Data.Domain.Reference.Severity severity) =>
        severity >= ComplaintOps.Data.Domain.Reference.Severity.High ? "severity-high" : "severity-normal";

    private Task OnTextChanged(string? text) => ApplyAsync(() => _filter.Text = text);

    private Task OnStatusesChanged(IReadOnlyCollection<ComplaintStatus> statuses) => ApplyAsync(() => _filter.Statuses = statuses);

    private Task OnSortChanged(ComplaintSort sort) => ApplyAsync(() => _filter.Sort = sort);

    private Task OnOpenOnlyChanged(bool value) => ApplyAsync(() => _filter.OpenOnly = value);

    private Task OnVipChanged(bool value) => ApplyAsync(() => _filter.VipOnly = value);

    private Task OnChannelChanged(Channel? channel) => ApplyAsync(() => _filter.Channel = channel);

    private Task OnCategoryChanged(string? category) => ApplyAsync(() => _filter.Category = category);

    private Task OnSeverityChanged(ComplaintOps.Data.Domain.Reference.Severity? severity) => ApplyAsync(() => _filter.Severity = severity);

    private Task OnDepartmentChanged(string? department) => ApplyAsync(() => _filter.Department = department);

    /// <summary>Changes the filter, records it in the URL (no history entry) and reloads from the first page.</summary>
    private async Task ApplyAsync(Action change)
    {
        change();
        Navigation.NavigateTo(_filter.ToUri(Navigation), replace: true);
        if (_grid is not null)
        {
            if (_grid.CurrentPage > 0)
            {
                _grid.NavigateTo(Page.First);
            }

            await _grid.ReloadServerData();
        }
    }
}
