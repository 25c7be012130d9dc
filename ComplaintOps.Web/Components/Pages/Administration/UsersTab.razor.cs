using ComplaintOps.Web.Localization;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Staff;
using ComplaintOps.Web.Administration;
using ComplaintOps.Web.Components.Pages.Complaints;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Administration;

/// <summary>Accounts (create for a staff member, role, lock, 2FA reset) and staff members (accounts belong to them).</summary>
public sealed partial class UsersTab
{
    private IReadOnlyList<UserRow> _users = [];
    private IReadOnlyList<StaffMember> _staff = [];
    private NewUserModel _newUser = new();
    private NewStaffModel _newStaff = new();
    private IReadOnlyList<FieldError> _fieldErrors = [];
    private string? _error;
    private bool _busy;

    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private IUserAdministration Users { get; set; } = default!;

    [Inject]
    private IStaffAdministration StaffAdmin { get; set; } = default!;

    [Inject]
    private IStaffQueries StaffQueries { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private IEnumerable<StaffMember> StaffWithoutAccount => _staff.Where(s => _users.All(u => u.StaffId != s.Id));

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var actor = await CurrentActor.GetAsync();
        _users = await Users.ListAsync(actor, CancellationToken.None);
        _staff = await StaffQueries.ListAsync(CancellationToken.None);
    }

    private Task CreateUserAsync() => RunAsync(async actor =>
    {
        var created = await Users.CreateAsync(new NewUser(_newUser.UserName ?? "", _newUser.StaffId ?? "", _newUser.Role, _newUser.Password ?? ""), actor, CancellationToken.None);
        _newUser = new();
        Snackbar.Add(L["Admin.UserCreated", created.UserName], MudBlazor.Severity.Success);
    });

    private Task CreateStaffAsync() => RunAsync(async actor =>
    {
        var created = await StaffAdmin.CreateAsync(
            new NewStaffMember(_newStaff.Id?.Trim() ?? "", _newStaff.Name ?? "", _newStaff.NameEn ?? "", _newStaff.Role, _newStaff.Department), actor, CancellationToken.None);
        _newStaff = new();
        Snackbar.Add(L["Admin.StaffCreated", created.Id], MudBlazor.Severity.Success);
    });

    private Task ChangeRoleAsync(UserRow user, StaffRole? role) => role is { } r && r != user.Role
        ? RunAsync(actor => Users.ChangeRoleAsync(user.Id, r, actor, CancellationToken.None))
        : Task.CompletedTask;

    private Task SetLockedAsync(UserRow user, bool locked) => RunAsync(actor => Users.SetLockedAsync(user.Id, locked, actor, CancellationToken.None));

    private Task ResetTwoFactorAsync(UserRow user) => RunAsync(actor => Users.ResetTwoFactorAsync(user.Id, actor, CancellationToken.None));

    /// <summary>Runs one change as the signed-in person; refusals become localized field errors or a message, then the lists reload.</summary>
    private async Task RunAsync(Func<Actor, Task> change)
    {
        _busy = true;
        _error = null;
        _fieldErrors = [];
        try
        {
            await change(await CurrentActor.GetAsync());
            await LoadAsync();
            await OnChanged.InvokeAsync();
        }
        catch (ValidationException e)
        {
            _fieldErrors = e.Failures;
            var general = e.Failures.Where(f => f.Field == "userId").Select(f => IntakeErrorText.Localize(L, f)).ToList();
            _error = general.Count > 0 ? string.Join(" ", general) : null;
        }
        catch (DomainException e)
        {
            _error = L.Of(e);
        }
        finally
        {
            _busy = false;
        }
    }

    private bool HasError(string field) => _fieldErrors.Any(e => e.Field == field);

    private string ErrorOf(string field) =>
        string.Join(" ", _fieldErrors.Where(e => e.Field == field).Select(e => IntakeErrorText.Localize(L, e)));

    private sealed class NewUserModel
    {
        public string? StaffId { get; set; }

        public StaffRole Role { get; set; } = StaffRole.Handler;

        public string? UserName { get; set; }

        public string? Password { get; set; }
    }

    private sealed class NewStaffModel
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? NameEn { get; set; }

        public StaffRole Role { get; set; } = StaffRole.Handler;

        public string? Department { get; set; }
    }
}
