using System.Security.Claims;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Persistence.Identity;

namespace ComplaintOps.Web.Identity;

/// <summary>The <see cref="Actor"/> a signed-in principal stands for: staff member, role, department and permissions from its claims.</summary>
public static class ClaimsActor
{
    public static Actor? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(PermissionClaims.StaffId) is not { } staffId)
        {
            return null;
        }

        var role = Enum.TryParse<StaffRole>(principal.FindFirstValue(PermissionClaims.Role), out var r) ? r : StaffRole.System;
        var permissions = principal.FindAll(PermissionClaims.Permission)
            .Select(c => Enum.TryParse<Permission>(c.Value, out var p) ? p : (Permission?)null)
            .OfType<Permission>()
            .ToHashSet();
        return new Actor(staffId, principal.FindFirstValue(PermissionClaims.StaffName) ?? staffId, role,
            principal.FindFirstValue(PermissionClaims.Department), permissions);
    }

    public static bool Has(this ClaimsPrincipal principal, Permission permission) =>
        principal.HasClaim(PermissionClaims.Permission, permission.ToString());
}
