using System.Security.Claims;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ComplaintOps.Web.Identity;

/// <summary>
/// The form posts behind the statically rendered sign-in pages. Each answers with a redirect: to where the user was going,
/// or back to the page with an error code the page shows in the user's language. Antiforgery is checked on every form.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        account.MapPost("/2fa", TwoFactorAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        account.MapPost("/enroll", EnrollAsync);
        account.MapPost("/logout", LogoutAsync);
        app.MapGet("/start", (ClaimsPrincipal user) => Results.LocalRedirect(StartPage(user)));
    }

    /// <summary>Where a person lands after sign-in: management the dashboard, handlers their own cases, others the list.</summary>
    public static string StartPage(ClaimsPrincipal user) =>
        user.HasClaim(PermissionClaims.MustEnrollTwoFactor, "true") ? AccountPaths.Enroll
        : user.Has(Permission.ViewDashboard) ? "/"
        : user.Has(Permission.HandleComplaint) ? "/my"
        : user.Has(Permission.ViewComplaints) ? "/complaints"
        : user.Has(Permission.ManageUsers) ? "/admin"
        : AccountPaths.Denied;

    private static async Task<IResult> LoginAsync([FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
        SignInManager<ComplaintOpsUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return Back(AccountPaths.Login, "missing", returnUrl);
        }

        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        return result switch
        {
            { Succeeded: true } => Results.LocalRedirect(AccountPaths.SafeReturn(returnUrl)),
            { RequiresTwoFactor: true } => Results.LocalRedirect($"{AccountPaths.TwoFactor}?returnUrl={Uri.EscapeDataString(AccountPaths.SafeReturn(returnUrl))}"),
            { IsLockedOut: true } => Back(AccountPaths.Login, "locked", returnUrl),
            _ => Back(AccountPaths.Login, "invalid", returnUrl),
        };
    }

    private static async Task<IResult> TwoFactorAsync([FromForm] string? code, [FromForm] string? returnUrl, SignInManager<ComplaintOpsUser> signIn)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Results.LocalRedirect(AccountPaths.Login);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Normalize(code), isPersistent: false, rememberClient: false);
        return result switch
        {
            { Succeeded: true } => Results.LocalRedirect(AccountPaths.SafeReturn(returnUrl)),
            { IsLockedOut: true } => Back(AccountPaths.Login, "locked", returnUrl),
            _ => Back(AccountPaths.TwoFactor, "code", returnUrl),
        };
    }

    private static async Task<IResult> EnrollAsync([FromForm] string? code, ClaimsPrincipal principal,
        UserManager<ComplaintOpsUser> users, SignInManager<ComplaintOpsUser> signIn)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return Results.LocalRedirect(AccountPaths.Login);
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(code)))
        {
            return Back(AccountPaths.Enroll, "code", null);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);   // the new cookie carries the permissions held back until now
        return Results.LocalRedirect("/start");
    }

    private static async Task<IResult> LogoutAsync(SignInManager<ComplaintOpsUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect(AccountPaths.Login);
    }

    private static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    private static IResult Back(string page, string error, string? returnUrl) =>
        Results.LocalRedirect($"{page}?error={error}" + (returnUrl is { Length: > 0 } ? $"&returnUrl={Uri.EscapeDataString(AccountPaths.SafeReturn(returnUrl))}" : ""));
}
