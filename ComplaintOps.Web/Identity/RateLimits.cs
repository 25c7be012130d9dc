using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ComplaintOps.Web.Identity;

/// <summary>Rate limits on the doors anyone can knock on: sign-in (per address). Refusals are 429 with Retry-After.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddComplaintOpsRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            o.AddPolicy(SignIn, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
