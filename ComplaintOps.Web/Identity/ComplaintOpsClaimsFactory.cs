using System.Security.Claims;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Identity;

/// <summary>
/// Puts the staff member (id, name, role, department) and the role's permissions on the sign-in cookie. Someone holding an
/// administrative permission without an enrolled authenticator gets none of those permissions until they enrol.
/// </summary>
public sealed class ComplaintOpsClaimsFactory(
    UserManager<ComplaintOpsUser> users,
    RoleManager<IdentityRole> roles,
    IDbContextFactory<ComplaintOpsDbContext> dbFactory,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ComplaintOpsUser, IdentityRole>(users, roles, options)
{
    public static readonly Permission[] Administrative = [Permission.ManageUsers, Permission.ManageRoles, Permission.ManageApiKeys];

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ComplaintOpsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);   // includes the role's permission claims
        await using var db = await dbFactory.CreateDbContextAsync();
        var staff = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == user.StaffId);
        identity.AddClaim(new Claim(PermissionClaims.StaffId, staff.Id));
        identity.AddClaim(new Claim(PermissionClaims.StaffName, staff.Name));
        identity.AddClaim(new Claim(PermissionClaims.Role, staff.Role.ToString()));
        if (staff.Department is not null)
        {
            identity.AddClaim(new Claim(PermissionClaims.Department, staff.Department));
        }

        var administrative = identity.FindAll(PermissionClaims.Permission)
            .Where(c => Administrative.Any(a => a.ToString() == c.Value)).ToList();
        if (administrative.Count > 0 && !await UserManager.GetTwoFactorEnabledAsync(user))
        {
            foreach (var claim in identity.FindAll(PermissionClaims.Permission).ToList())
            {
                identity.RemoveClaim(claim);
            }

            identity.AddClaim(new Claim(PermissionClaims.MustEnrollTwoFactor, "true"));
        }

        return identity;
    }
}
