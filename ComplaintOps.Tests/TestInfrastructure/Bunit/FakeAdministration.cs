using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Administration;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>In-memory administration services for the admin page's component tests; each records the calls and the actor.</summary>
public sealed class FakeAdministration : IUserAdministration, IRoleAdministration, IStaffAdministration, IApiClients, IAdminAuditLog
{
    public List<UserRow> Users { get; } =
    [
        new("u1", "handler", "HCARDS1", "刘敏", StaffRole.Handler, "CARDS", false, false),
        new("u2", "admin", "X001", "马骏", StaffRole.Administrator, null, true, false),
        new("u3", "former", "A002", "李娜", StaffRole.IntakeAgent, null, false, true),
    ];

    public Dictionary<StaffRole, HashSet<Permission>> Roles { get; } =
        RolePermissions.AssignableRoles.ToDictionary(r => r, r => RolePermissions.DefaultFor(r).ToHashSet());

    public List<(string Call, Actor Actor)> Calls { get; } = [];

    /// <summary>When set, user creation is refused with these (as the real service does for a weak password).</summary>
    public IReadOnlyList<FieldError>? RefuseCreateWith { get; set; }

    Task<IReadOnlyList<UserRow>> IUserAdministration.ListAsync(Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UserRow>>([.. Users]);

    public Task<UserRow> CreateAsync(NewUser user, Actor actor, CancellationToken cancellationToken)
    {
        Calls.Add(("CreateUser:" + user.UserName, actor));
        if (RefuseCreateWith is { } errors)
        {
            throw new ValidationException(errors);
        }

        var row = new UserRow("u" + (Users.Count + 1), user.UserName, user.StaffId, user.StaffId, user.Role, null, false, false);
        Users.Add(row);
        return Task.FromResult(row);
    }

    public Task ChangeRoleAsync(string userId, StaffRole role, Actor actor, CancellationToken cancellationToken)
    {
        Calls.Add(($"ChangeRole:{userId}:{role}", actor));
        Replace(userId, u => u with { Role = role });
        return Task.CompletedTask;
    }

    public Task SetLockedAsync(string userId, bool locked, Actor actor, CancellationToken cancellationToken)
    {
        Calls.Add(($"SetLocked:{userId}:{locked}", actor));
        Replace(userId, u => u with { Locked = locked });
        return Task.CompletedTask;
    }

    public Task ResetTwoFactorAsync(string userId, Actor actor, CancellationToken cancellationToken)
    {
        Calls.Add(($"Reset2fa:{userId}", actor));
        Replace(userId, u => u with { TwoFactorEnabled = false });
        return Task.CompletedTask;
    }

    Task<IReadOnlyList<RolePermissionSet>> IRoleAdministration.ListAsync(Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RolePermissionSet>>([.. Roles.Select(r => new RolePermissionSet(r.Key, r.Value.ToHashSet(), 1))]);

    public Task SetPermissionsAsync(StaffRole role, IReadOnlySet<Permission> permissions, Actor actor, CancellationToken cancellationToken)
    {
        Calls.Add(("SetPermissions:" + role, actor));
        Roles[role] = [.. permissions];
        return Task.CompletedTask;
    }

    public Task<StaffMember> CreateAsync(NewStaffMember staff, Actor actor, CancellationToken cancellationToken)
    {
        Calls.Add(("CreateStaff:" + staff.Id, actor));
        return Task.FromResult(new StaffMember(staff.Id, staff.Name, staff.NameEn, staff.Role, staff.Department));
    }

    public IReadOnlyList<FieldError> Validate(NewStaffMember staff) => [];

    Task<IReadOnlyList<ApiClientRow>> IApiClients.ListAsync(Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ApiClientRow>>([]);

    public Task<CreatedApiClient> CreateAsync(string name, ApiClientKind kind, Actor actor, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task RevokeAsync(string clientId, Actor actor, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<AuthenticatedApiClient?> AuthenticateAsync(string key, CancellationToken cancellationToken) => Task.FromResult<AuthenticatedApiClient?>(null);

    public Task EnsureConfiguredAsync(string key, ApiClientKind kind, string name, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<AdminAuditRow>> LatestAsync(int take, Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AdminAuditRow>>([.. Calls.Select(c => new AdminAuditRow(DateTimeOffset.UnixEpoch, c.Actor.Id, c.Actor.Name, c.Call, "", "{}"))]);

    private void Replace(string userId, Func<UserRow, UserRow> change)
    {
        var index = Users.FindIndex(u => u.Id == userId);
        Users[index] = change(Users[index]);
    }
}
