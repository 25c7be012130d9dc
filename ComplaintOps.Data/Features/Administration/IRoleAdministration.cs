using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Administration;

/// <summary>A role and the permissions it currently grants.</summary>
public sealed record RolePermissionSet(StaffRole Role, IReadOnlySet<Permission> Permissions, int UserCount);

/// <summary>Roles' permission sets (permission ManageRoles).</summary>
public interface IRoleAdministration
{
    Task<IReadOnlyList<RolePermissionSet>> ListAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the role's permissions and renews its users' security stamps, so open sessions pick the change up at their
    /// next revalidation. Recorded in the administration log in the same save.
    /// </summary>
    Task SetPermissionsAsync(StaffRole role, IReadOnlySet<Permission> permissions, Actor actor, CancellationToken cancellationToken);
}
