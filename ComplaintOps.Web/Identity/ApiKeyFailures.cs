using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Identity;

/// <summary>
/// Counts failed API key authentications per remote address. It lives in the authentication handler, not in the rate
/// limiter middleware: a failed key is answered by authorization (401) before the middleware's policies ever run. Once an
/// address is over budget every key it presents is refused unchecked, so guessing cannot continue at a slower pace.
/// </summary>
public sealed class ApiKeyFailures : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ApiKeyFailures(IOptions<RateLimitOptions> options)
    {
        var permits = options.Value.FailedApiKeysPerAddressPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>True (with how long to wait) when the address has used up its failures.</summary>
    public bool IsBlocked(string address, out TimeSpan retryAfter)
    {
        using var probe = _limiter.AttemptAcquire(address, 0);   // zero permits: asks without spending
        return Refused(probe, out retryAfter);
    }

    /// <summary>Spends one failure; true (with how long to wait) when that was one too many.</summary>
    public bool RecordFailure(string address, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(address);
        return Refused(lease, out retryAfter);
    }

    public void Dispose() => _limiter.Dispose();

    private static bool Refused(RateLimitLease lease, out TimeSpan retryAfter)
    {
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        return !lease.IsAcquired;
    }
}
