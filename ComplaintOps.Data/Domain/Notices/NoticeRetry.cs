namespace ComplaintOps.Data.Domain.Notices;

/// <summary>
/// How often a notice is tried and how long to wait between tries: the delay doubles from <see cref="FirstDelay"/> after
/// each failed attempt, capped at <see cref="MaxDelay"/>, so a mail server that is down for an hour is not hammered and
/// one that hiccups once is retried within seconds.
/// </summary>
public sealed record NoticeRetry(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt (1 → FirstDelay, 2 → twice that, …).</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var ticks = FirstDelay.Ticks * Math.Pow(2, doublings);
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
