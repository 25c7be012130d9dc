using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ComplaintOps.Web.Identity;

/// <summary>
/// Policies of the doors machines use. Each names its authentication schemes: the intake API takes API keys only (a
/// signed-in browser's cookie must not register complaints through it), the hub takes a staff session or a wallboard key.
/// </summary>
public static class ApiPolicies
{
    public const string Intake = "api:intake";
    public const string IntakeRead = "api:intake-read";
    public const string Hub = "hub:ops";

    public static AuthorizationBuilder AddApiPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Intake, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser()
            .RequireClaim(PermissionClaims.Permission, nameof(Permission.RegisterComplaint)))
        .AddPolicy(IntakeRead, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser()
            .RequireClaim(PermissionClaims.Permission, nameof(Permission.ViewComplaints)))
        .AddPolicy(Hub, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser()
            .RequireClaim(PermissionClaims.Permission, nameof(Permission.ViewDashboard)));
}
