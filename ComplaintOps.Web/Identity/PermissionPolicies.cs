using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Identity;

/// <summary>One authorization policy per <see cref="Permission"/>, made on demand: "Permission:ViewDashboard" requires that permission claim.</summary>
public sealed class PermissionPolicies(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    private const string Prefix = "Permission:";

    public static string Name(Permission permission) => Prefix + permission;

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Prefix, StringComparison.Ordinal)
            && Enum.TryParse<Permission>(policyName[Prefix.Length..], out var permission))
        {
            return For(permission);
        }

        return await base.GetPolicyAsync(policyName);
    }

    public static AuthorizationPolicy For(Permission permission) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireClaim(PermissionClaims.Permission, permission.ToString())
        .Build();
}
