using System.ComponentModel.DataAnnotations;
using ComplaintOps.Data.Domain.Notices;

namespace ComplaintOps.Data.Features.Notices;

/// <summary>What notices say about the institution, and how the outbox retries (section <c>Notices</c>).</summary>
public sealed class NoticeOptions
{
    public const string SectionName = "Notices";

    /// <summary>The institution's name, signed under every notice.</summary>
    public BilingualText Institution { get; set; } = new() { Zh = "示例银行", En = "Example Bank" };

    /// <summary>Whom the customer contacts about the complaint (art. 16: the acknowledgement names a contact).</summary>
    public BilingualText ContactLine { get; set; } = new()
    {
        Zh = "客户服务热线 95500（工作日 9:00–17:00）", En = "our customer service line 95500 (working days 9:00–17:00)",
    };

    /// <summary>Attempts before a notice is abandoned and shown on the complaint for a person to act on.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first failed attempt; doubled after each further one.</summary>
    [Range(1, 3600)]
    public int FirstRetrySeconds { get; set; } = 30;

    [Range(1, 1440)]
    public int MaxRetryMinutes { get; set; } = 60;

    /// <summary>Notices one dispatcher run claims at most.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How long a claimed notice stays hidden from other runs: longer than one send can take (MailKit's own timeout is
    /// two minutes), so it is retried only when the run that claimed it died.
    /// </summary>
    [Range(30, 3600)]
    public int ClaimSeconds { get; set; } = 300;

    /// <summary>How often the dispatcher runs.</summary>
    [Range(1, 3600)]
    public int DispatchSeconds { get; set; } = 15;

    public NoticeRetry Retry => new(MaxAttempts, TimeSpan.FromSeconds(FirstRetrySeconds), TimeSpan.FromMinutes(MaxRetryMinutes));
}
