using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Staff;
using ComplaintOps.Web.Components.Shared;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Layout;

/// <summary>"Working as": picks the staff member this circuit acts as (until sign-in exists).</summary>
public sealed partial class StaffPicker : IDisposable
{
    private IReadOnlyList<StaffMember> _staff = [];
    private bool _open;

    [Inject]
    private IStaffQueries StaffQueries { get; set; } = default!;

    [Inject]
    private CurrentStaff CurrentStaff { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        CurrentStaff.Changed += OnStaffChanged;
        _staff = await StaffQueries.ListAsync(CancellationToken.None);
        await CurrentStaff.EnsureAsync(CancellationToken.None);
    }

    /// <summary>
    /// Every staff member while the list is open; only the current one while it is closed. The picker sits on every page, so
    /// a closed list of all staff would cost each open circuit dozens of components (see the dashboard-circuits benchmark).
    /// </summary>
    private IEnumerable<StaffMember> Items() =>
        _open ? _staff : _staff.Where(m => StaffComparer.Instance.Equals(m, CurrentStaff.Member));

    private void OnOpenChanged(bool open) => _open = open;

    private string Describe(StaffMember? member) => member is null ? "" : L.Staff(member);

    private void OnChanged(StaffMember? member)
    {
        if (member is not null)
        {
            CurrentStaff.Set(member);
        }
    }

    private void OnStaffChanged() => InvokeAsync(StateHasChanged);

    public void Dispose() => CurrentStaff.Changed -= OnStaffChanged;
}
