using System.Text.RegularExpressions;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Web.Administration;

/// <summary>
/// Lives in Web because it needs Identity's UserManager (password rules and hashing, lockout, authenticator keys). It is a
/// singleton and opens a scope per call: a Blazor circuit must not keep Identity's scoped context for its lifetime.
/// </summary>
public sealed partial class UserAdministration(IServiceScopeFactory scopes, TimeProvider clock) : IUserAdministration
{
    public const string CannotLockYourself = "CannotLockYourself";
    public const string UserNameFormat = "UserNameFormat";

    public async Task<IReadOnlyList<UserRow>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.Require(actor, Permission.ManageUsers);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintOpsDbContext>();
        var now = clock.GetUtcNow();
        var rows = await (from u in db.Users.AsNoTracking()
                          join s in db.Staff.AsNoTracking() on u.StaffId equals s.Id
                          select new { u.Id, u.UserName, u.StaffId, s.Name, s.Department, u.TwoFactorEnabled, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles.AsNoTracking()
                           join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.UserName, StringComparer.Ordinal).Select(r => new UserRow(r.Id, r.UserName ?? "", r.StaffId, r.Name,
            roles.Where(x => x.UserId == r.Id).Select(x => Enum.TryParse<StaffRole>(x.Name, out var role) ? role : (StaffRole?)null).FirstOrDefault(),
            r.Department, r.TwoFactorEnabled, r.LockoutEnd is { } end && end > now))];
    }

    public async Task<UserRow> CreateAsync(NewUser user, Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.Require(actor, Permission.ManageUsers);
        ArgumentNullException.ThrowIfNull(user);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ComplaintOpsUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintOpsDbContext>();
        var errors = new List<FieldError>();
        var userName = user.UserName?.Trim() ?? "";
        if (!UserNamePattern().IsMatch(userName))
        {
            errors.Add(new("userName", UserNameFormat, "3 to 64 letters, digits, dots, hyphens or underscores."));
        }

        if (!RolePermissions.AssignableRoles.Contains(user.Role))
        {
            errors.Add(new("role", AdminErrorCodes.Role, "A person's role (not System)."));
        }

        var staff = await db.Staff.SingleOrDefaultAsync(s => s.Id == user.StaffId, cancellationToken);
        if (staff is null)
        {
            errors.Add(new("staffId", AdminErrorCodes.UnknownStaff, $"No staff member {user.StaffId}."));
        }
        else if (await db.Users.AnyAsync(u => u.StaffId == staff.Id, cancellationToken))
        {
            errors.Add(new("staffId", AdminErrorCodes.StaffHasAccount, $"{staff.Id} already has an account."));
        }

        var account = new ComplaintOpsUser { UserName = userName, StaffId = user.StaffId };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, account, user.Password ?? "");
            errors.AddRange(result.Errors.Select(e => new FieldError("password", e.Code, e.Description)));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.CreateAsync(account, user.Password!), "userName");
        Check(await users.AddToRoleAsync(account, user.Role.ToString()), "role");
        staff!.AssignRole(user.Role);
        Record(db, actor, AdminActions.UserCreated, account.UserName!, new { account.UserName, StaffId = staff.Id, Role = user.Role.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new UserRow(account.Id, account.UserName!, staff.Id, staff.Name, user.Role, staff.Department, false, false);
    }

    public async Task ChangeRoleAsync(string userId, StaffRole role, Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.Require(actor, Permission.ManageUsers);
        if (!RolePermissions.AssignableRoles.Contains(role))
        {
            throw new ValidationException([new FieldError("role", AdminErrorCodes.Role, "A person's role (not System).")]);
        }

        await ChangeAsync(userId, actor, async (users, db, account) =>
        {
            var before = await users.GetRolesAsync(account);
            Check(await users.RemoveFromRolesAsync(account, before), "role");
            Check(await users.AddToRoleAsync(account, role.ToString()), "role");
            var staff = await db.Staff.SingleAsync(s => s.Id == account.StaffId, cancellationToken);
            staff.AssignRole(role);
            Check(await users.UpdateSecurityStampAsync(account), "role");
            return (AdminActions.UserRoleChanged, new { From = before.ToArray(), To = role.ToString() });
        }, cancellationToken);
    }

    public async Task SetLockedAsync(string userId, bool locked, Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.Require(actor, Permission.ManageUsers);
        await ChangeAsync(userId, actor, async (users, _, account) =>
        {
            if (locked && account.StaffId == actor.Id)
            {
                throw new ValidationException([new FieldError("userId", CannotLockYourself, "You cannot lock your own account.")]);
            }

            if (locked)
            {
                Check(await users.SetLockoutEnabledAsync(account, true), "userId");
                Check(await users.SetLockoutEndDateAsync(account, DateTimeOffset.MaxValue), "userId");
                Check(await users.UpdateSecurityStampAsync(account), "userId");   // open sessions end at revalidation
            }
            else
            {
                Check(await users.SetLockoutEndDateAsync(account, null), "userId");
                Check(await users.ResetAccessFailedCountAsync(account), "userId");
            }

            return (locked ? AdminActions.UserLocked : AdminActions.UserUnlocked, new { });
        }, cancellationToken);
    }

    public async Task ResetTwoFactorAsync(string userId, Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.Require(actor, Permission.ManageUsers);
        await ChangeAsync(userId, actor, async (users, _, account) =>
        {
            Check(await users.SetTwoFactorEnabledAsync(account, false), "userId");
            Check(await users.ResetAuthenticatorKeyAsync(account), "userId");   // also renews the security stamp
            return (AdminActions.UserTwoFactorReset, new { });
        }, cancellationToken);
    }

    private async Task ChangeAsync(string userId, Actor actor,
        Func<UserManager<ComplaintOpsUser>, ComplaintOpsDbContext, ComplaintOpsUser, Task<(string Action, object Details)>> change,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ComplaintOpsUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintOpsDbContext>();
        var account = await users.FindByIdAsync(userId) ?? throw new NotFoundException("User", userId);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var (action, details) = await change(users, db, account);
        Record(db, actor, action, account.UserName!, details);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    private void Record(ComplaintOpsDbContext db, Actor actor, string action, string target, object details) =>
        db.AdminAuditEntries.Add(AdminAuditEntry.Record(actor, action, target, AdminGuard.Json(details), clock.GetUtcNow()));

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException([.. result.Errors.Select(e => new FieldError(field, e.Code, e.Description))]);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
