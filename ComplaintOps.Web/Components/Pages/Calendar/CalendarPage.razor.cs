using ComplaintOps.Web.Identity;
using System.Globalization;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Calendar;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Calendar;

/// <summary>
/// The business calendars' exception days (holidays, 调休 make-up workdays) per region and year. Holders of
/// ManageCalendar edit them, after confirming how many running clocks the change recomputes.
/// </summary>
public sealed partial class CalendarPage
{
    private CalendarRegion _region = CalendarRegion.China;
    private int _year;
    private IReadOnlyList<CalendarDay> _days = [];
    private Dictionary<DateOnly, CalendarDay> _byDate = [];
    private DateTime? _editDate;
    private CalendarDayKind _editKind = CalendarDayKind.Holiday;
    private string? _editName;
    private string? _error;
    private bool _canEdit;
    private int _revision;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private ICalendarService Calendar { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private IEnumerable<int> Years => Enumerable.Range(Math.Min(2025, Time.Today.Year - 1), Time.Today.Year + 3 - Math.Min(2025, Time.Today.Year - 1));

    protected override async Task OnInitializedAsync()
    {
        _year = Time.Today.Year;
        _canEdit = (await CurrentActor.GetAsync()).Has(Permission.ManageCalendar);
        await LoadAsync();
    }

    private async Task OnRegionChanged(CalendarRegion region)
    {
        _region = region;
        await LoadAsync();
    }

    private async Task OnYearChanged(int year)
    {
        _year = year;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _days = await Calendar.ListAsync(_region, _year, CancellationToken.None);
        _byDate = _days.ToDictionary(d => d.Date);
    }

    private void Edit(CalendarDay day)
    {
        _editDate = day.Date.ToDateTime(TimeOnly.MinValue);
        _editKind = day.Kind;
        _editName = day.Name;
    }

    private async Task SaveAsync()
    {
        if (_editDate is not { } picked)
        {
            return;
        }

        var date = DateOnly.FromDateTime(picked);
        var region = _region;
        if (!await ConfirmAsync(L["Calendar.ConfirmSetTitle"], region, date))
        {
            return;
        }

        await RunAsync(async () => await Calendar.SetDayAsync(region, date, _editKind, _editName ?? "", await CurrentActor.GetAsync(), CancellationToken.None),
            moved => L["Calendar.Saved", Format(date), moved]);
        if (_error is null && date.Year != _year)
        {
            await OnYearChanged(date.Year);
        }
    }

    private async Task RemoveAsync(CalendarDay day)
    {
        var region = _region;
        if (!await ConfirmAsync(L["Calendar.ConfirmRemoveTitle"], region, day.Date))
        {
            return;
        }

        await RunAsync(async () => await Calendar.RemoveDayAsync(region, day.Date, await CurrentActor.GetAsync(), CancellationToken.None),
            moved => L["Calendar.Removed", Format(day.Date), moved]);
    }

    /// <summary>Says how many running clocks the change recomputes before it is made.</summary>
    private async Task<bool> ConfirmAsync(string title, CalendarRegion region, DateOnly date)
    {
        var clocks = await Calendar.CountAffectedClocksAsync(region, date, CancellationToken.None);
        var confirmed = await Dialogs.ShowMessageBoxAsync(title, L["Calendar.ConfirmClocks", L[$"CalendarRegion.{region}"], Format(date), clocks],
            yesText: L["Common.Confirm"], cancelText: L["Common.Cancel"]);
        return confirmed == true;
    }

    private async Task RunAsync(Func<Task<int>> change, Func<int, string> done)
    {
        _error = null;
        try
        {
            var moved = await change();
            Snackbar.Add(done(moved), MudBlazor.Severity.Success);
            _revision++;
        }
        catch (DomainException ex)
        {
            _error = L.Of(ex);
        }

        await LoadAsync();
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
