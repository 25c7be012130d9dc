using System.Globalization;
using System.Threading.RateLimiting;
using ComplaintOps.Data.Persistence.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Identity;

/// <summary>
/// Rate limits on the doors anyone can knock on (budgets in <see cref="RateLimitOptions"/>): sign-in per address; the API
/// per address (global limiter, every /api request) and intake per client (policy, after the key has been authenticated).
/// Failed keys are counted by <see cref="ApiKeyFailures"/> in the authentication handler. Refusals are 429 with Retry-After,
/// as problem details on the API.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string IntakePerClient = "intake-per-client";

    public static IServiceCollection AddComplaintOpsRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
        {
            var budget = limits.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = OnRejectedAsync;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => http.Request.Path.StartsWithSegments("/api")
                ? PerMinute("api:" + Address(http), budget.ApiPerAddressPerMinute)
                : RateLimitPartition.GetNoLimiter(""));
            o.AddPolicy(SignIn, http => PerMinute(Address(http), budget.SignInPerMinute));
            // The intake group requires an authenticated client, so the client id is there; the address is a fallback only.
            o.AddPolicy(IntakePerClient, http => PerMinute(
                http.User.FindFirst(PermissionClaims.StaffId)?.Value ?? "address:" + Address(http), budget.IntakePerClientPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) => RateLimitPartition.GetFixedWindowLimiter(key,
        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: "The rate limit for this client or address is used up; retry after the time in Retry-After.").ExecuteAsync(http);
        }
    }
}
