using ComplaintOps.Web.Identity;
using System.Globalization;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Calendar;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Calendar;

/// <summary>The business calendar's exception days (holidays, 调休 make-up workdays) per year, editable.</summary>
public sealed partial class CalendarPage
{
    private int _year;
    private IReadOnlyList<CalendarDay> _days = [];
    private Dictionary<DateOnly, CalendarDay> _byDate = [];
    private DateTime? _editDate;
    private CalendarDayKind _editKind = CalendarDayKind.Holiday;
    private string? _editName;
    private string? _error;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private ICalendarService Calendar { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private IEnumerable<int> Years => Enumerable.Range(Math.Min(2025, Time.Today.Year - 1), Time.Today.Year + 3 - Math.Min(2025, Time.Today.Year - 1));

    protected override async Task OnInitializedAsync()
    {
        _year = Time.Today.Year;
        await LoadAsync();
    }

    private async Task OnYearChanged(int year)
    {
        _year = year;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _days = await Calendar.ListAsync(_year, CancellationToken.None);
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
        await RunAsync(async () => await Calendar.SetDayAsync(date, _editKind, _editName ?? "", await CurrentActor.GetAsync(), CancellationToken.None), L["Calendar.Saved", Format(date)]);
        if (_error is null && date.Year != _year)
        {
            await OnYearChanged(date.Year);
        }
    }

    private Task RemoveAsync(CalendarDay day) =>
        RunAsync(async () => await Calendar.RemoveDayAsync(day.Date, await CurrentActor.GetAsync(), CancellationToken.None), L["Calendar.Removed", Format(day.Date)]);

    private async Task RunAsync(Func<Task> change, string done)
    {
        _error = null;
        try
        {
            await change();
            Snackbar.Add(done, MudBlazor.Severity.Success);
        }
        catch (DomainException ex)
        {
            _error = L.Of(ex);
        }

        await LoadAsync();
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
