using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Web.Administration;

/// <summary>A sign-in account as the administration page lists it.</summary>
public sealed record UserRow(string Id, string UserName, string StaffId, string StaffName, StaffRole? Role, string? Department,
    bool TwoFactorEnabled, bool Locked);

/// <summary>An account to create for an existing staff member, with its initial password.</summary>
public sealed record NewUser(string UserName, string StaffId, StaffRole Role, string Password);

/// <summary>
/// Sign-in accounts (permission ManageUsers, checked here for every call). Each change is saved in one transaction with
/// its administration-log entry. Refusals are <see cref="Data.Features.Complaints.ValidationException"/>s whose codes the
/// UI localizes ("Validation.{code}"), or ForbiddenException.
/// </summary>
public interface IUserAdministration
{
    Task<IReadOnlyList<UserRow>> ListAsync(Actor actor, CancellationToken cancellationToken);

    Task<UserRow> CreateAsync(NewUser user, Actor actor, CancellationToken cancellationToken);

    /// <summary>Moves the account to another role (and the staff member to that job); the session picks it up at revalidation.</summary>
    Task ChangeRoleAsync(string userId, StaffRole role, Actor actor, CancellationToken cancellationToken);

    /// <summary>Locks the account until unlocked (open sessions end at their next revalidation), or unlocks it.</summary>
    Task SetLockedAsync(string userId, bool locked, Actor actor, CancellationToken cancellationToken);

    /// <summary>Turns 2FA off and discards the authenticator key: the person enrols again (administrators must, before they can act).</summary>
    Task ResetTwoFactorAsync(string userId, Actor actor, CancellationToken cancellationToken);
}
