using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Administration;

/// <summary>
/// Works on Identity's role-claim rows directly rather than through RoleManager: RoleManager saves after every claim, and
/// this change (claims, users' stamps, log entry) must be one save.
/// </summary>
public sealed class RoleAdministration(IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock) : IRoleAdministration
{
    /// <summary>The Administrator role keeps these, so an administrator cannot lock everybody out of administration.</summary>
    public static readonly Permission[] AdministratorKeeps = [Permission.ManageUsers, Permission.ManageRoles];

    public async Task<IReadOnlyList<RolePermissionSet>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.Require(actor, Permission.ManageRoles);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var roles = await db.Roles.AsNoTracking().ToListAsync(cancellationToken);
        var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == PermissionClaims.Permission).ToListAsync(cancellationToken);
        var counts = await db.UserRoles.AsNoTracking().GroupBy(r => r.RoleId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return [.. roles
            .Select(r => (Role: Enum.TryParse<StaffRole>(r.Name, out var role) ? role : (StaffRole?)null, Row: r))
            .Where(x => x.Role is not null)
            .OrderBy(x => RolePermissions.AssignableRoles.ToList().IndexOf(x.Role!.Value))
            .Select(x => new RolePermissionSet(x.Role!.Value,
                claims.Where(c => c.RoleId == x.Row.Id).Select(c => Enum.TryParse<Permission>(c.ClaimValue, out var p) ? p : (Permission?)null)
                    .OfType<Permission>().ToHashSet(),
                counts.GetValueOrDefault(x.Row.Id)))];
    }

    public async Task SetPermissionsAsync(StaffRole role, IReadOnlySet<Permission> permissions, Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.Require(actor, Permission.ManageRoles);
        ArgumentNullException.ThrowIfNull(permissions);
        if (role == StaffRole.Administrator && AdministratorKeeps.Any(p => !permissions.Contains(p)))
        {
            throw new DomainException("administrator_keeps_administration",
                "The Administrator role must keep ManageUsers and ManageRoles, or nobody could administer the system.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = role.ToString();
        var row = await db.Roles.SingleOrDefaultAsync(r => r.Name == name, cancellationToken) ?? throw new NotFoundException("Role", name);
        var existing = await db.RoleClaims.Where(c => c.RoleId == row.Id && c.ClaimType == PermissionClaims.Permission).ToListAsync(cancellationToken);
        var before = existing.Select(c => c.ClaimValue ?? "").ToHashSet();
        var after = permissions.Select(p => p.ToString()).ToHashSet();
        if (before.SetEquals(after))
        {
            return;
        }

        db.RoleClaims.RemoveRange(existing.Where(c => !after.Contains(c.ClaimValue ?? "")));
        foreach (var added in after.Except(before).Order(StringComparer.Ordinal))
        {
            db.RoleClaims.Add(new IdentityRoleClaim<string> { RoleId = row.Id, ClaimType = PermissionClaims.Permission, ClaimValue = added });
        }

        row.ConcurrencyStamp = Guid.NewGuid().ToString();
        var userIds = await db.UserRoles.Where(r => r.RoleId == row.Id).Select(r => r.UserId).ToListAsync(cancellationToken);
        foreach (var user in await db.Users.Where(u => userIds.Contains(u.Id)).ToListAsync(cancellationToken))
        {
            user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
        }

        db.AdminAuditEntries.Add(AdminAuditEntry.Record(actor, AdminActions.RolePermissionsChanged, name,
            AdminGuard.Json(new
            {
                Added = after.Except(before).Order(StringComparer.Ordinal).ToArray(),
                Removed = before.Except(after).Order(StringComparer.Ordinal).ToArray(),
                Users = userIds.Count,
            }), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
