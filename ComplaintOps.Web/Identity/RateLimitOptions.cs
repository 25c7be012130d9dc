using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Web.Identity;

/// <summary>Request budgets per minute (section <c>RateLimits</c>). Refusals are 429 with Retry-After.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sign-in form posts per remote address.</summary>
    [Range(1, 100_000)]
    public int SignInPerMinute { get; set; } = 20;

    /// <summary>Intake API requests per API client.</summary>
    [Range(1, 1_000_000)]
    public int IntakePerClientPerMinute { get; set; } = 600;

    /// <summary>API requests per remote address, whatever client they claim to be.</summary>
    [Range(1, 1_000_000)]
    public int ApiPerAddressPerMinute { get; set; } = 1200;

    /// <summary>Wrong, unknown or revoked API keys per remote address; beyond it the address gets 429 for every key, right or wrong.</summary>
    [Range(1, 100_000)]
    public int FailedApiKeysPerAddressPerMinute { get; set; } = 20;
}
