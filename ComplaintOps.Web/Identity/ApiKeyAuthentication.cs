using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Data.Persistence.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Identity;

/// <summary>
/// The "ApiKey" scheme: an <c>X-Api-Key</c> header naming an unrevoked <see cref="ApiClient"/>. The principal is the client
/// itself (its id and name as the staff claims, role System, its kind's permissions), so what it does is recorded under its
/// name. Refusals are problem details, never a redirect: 401 for a missing, unknown or revoked key, 403 for a key of the
/// wrong kind, 429 once the address has failed too often.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiClients clients,
    ApiKeyFailures failures)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    private TimeSpan? _throttledFor;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.ToString() is not { Length: > 0 } key)
        {
            return AuthenticateResult.NoResult();
        }

        var address = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (failures.IsBlocked(address, out var wait))
        {
            _throttledFor = wait;
            return AuthenticateResult.Fail("Too many failed API keys from this address.");
        }

        var client = await clients.AuthenticateAsync(key, Context.RequestAborted);
        if (client is null)
        {
            if (failures.RecordFailure(address, out wait))
            {
                _throttledFor = wait;
            }

            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(IdentityOf(client)), SchemeName));
    }

    public static ClaimsIdentity IdentityOf(AuthenticatedApiClient client)
    {
        var identity = new ClaimsIdentity(SchemeName, PermissionClaims.StaffName, PermissionClaims.Role);
        identity.AddClaim(new Claim(PermissionClaims.StaffId, client.Id));
        identity.AddClaim(new Claim(PermissionClaims.StaffName, client.Name));
        identity.AddClaim(new Claim(PermissionClaims.Role, StaffRole.System.ToString()));
        identity.AddClaim(new Claim(PermissionClaims.ApiClientKind, client.Kind.ToString()));
        foreach (var permission in client.Permissions.Order())
        {
            identity.AddClaim(new Claim(PermissionClaims.Permission, permission.ToString()));
        }

        return identity;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Response.HasStarted)
        {
            return;
        }

        if (_throttledFor is { } wait)
        {
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed API keys",
                detail: "This address presented too many wrong keys; wait before trying again.").ExecuteAsync(Context);
            return;
        }

        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or invalid API key",
            detail: $"Send a valid, unrevoked key in the {HeaderName} header.").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        if (Response.HasStarted)
        {
            return;
        }

        await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            detail: "This sign-in or API key does not open this endpoint.").ExecuteAsync(Context);
    }
}
