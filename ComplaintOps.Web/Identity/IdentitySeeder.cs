using System.Security.Claims;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using ComplaintOps.Web.Api;
using ComplaintOps.Web.Realtime;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Identity;

/// <summary>
/// Creates each role with its default permissions the first time (an administrator's later changes are kept), and in demo
/// mode one account per role.
/// </summary>
public sealed partial class IdentitySeeder(
    IServiceScopeFactory scopes,
    IOptions<DemoOptions> demo,
    IOptions<IntakeOptions> intake,
    IOptions<RealtimeOptions> realtime,
    IApiClients apiClients,
    ILogger<IdentitySeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in RolePermissions.AssignableRoles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await roles.RoleExistsAsync(role.ToString()))
            {
                continue;
            }

            var created = new IdentityRole(role.ToString());
            Check(await roles.CreateAsync(created));
            foreach (var permission in RolePermissions.DefaultFor(role).Order())
            {
                Check(await roles.AddClaimAsync(created, new Claim(PermissionClaims.Permission, permission.ToString())));
            }
        }

        if (demo.Value.Users)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ComplaintOpsUser>>();
            foreach (var (userName, staffId, role) in DemoAccounts.All)
            {
                await EnsureDemoUserAsync(users, userName, staffId, role);
            }

            // The configured demo keys become ordinary API clients (stored hashed, listed and revocable on /admin), so the
            // API and the hub know one kind of credential. Outside demo mode configured keys stop the start (IntakeOptionsValidator).
            foreach (var key in intake.Value.ApiKeys.Where(k => k.Length > 0))
            {
                await apiClients.EnsureConfiguredAsync(key, ApiClientKind.Intake, "Demo intake (Intake:ApiKeys)", cancellationToken);
            }

            foreach (var key in realtime.Value.WallboardKeys.Where(k => k.Length > 0))
            {
                await apiClients.EnsureConfiguredAsync(key, ApiClientKind.Wallboard, "Demo wallboard (Realtime:WallboardKeys)", cancellationToken);
            }
        }
    }

    /// <summary>Creates an account for a staff member with a role; used by the demo, the first-administrator command and the tests.</summary>
    public static async Task<ComplaintOpsUser> CreateUserAsync(UserManager<ComplaintOpsUser> users, string userName, string staffId, StaffRole role, string password)
    {
        var user = new ComplaintOpsUser { UserName = userName, StaffId = staffId };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role.ToString()));
        return user;
    }

    private async Task EnsureDemoUserAsync(UserManager<ComplaintOpsUser> users, string userName, string staffId, StaffRole role)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = await CreateUserAsync(users, userName, staffId, role, DemoAccounts.Password);
        Check(await users.SetEmailAsync(user, $"{userName}@bank.example"));   // staff notices (overdue action items) go to the account's address
        if (role == StaffRole.Administrator)
        {
            // The store's own token slot for the authenticator key (what ResetAuthenticatorKeyAsync writes), with a known value.
            Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoAccounts.AdministratorAuthenticatorKey));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        LogDemoUser(userName, role);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created demo account {UserName} ({Role}).")]
    private partial void LogDemoUser(string userName, StaffRole role);
}
