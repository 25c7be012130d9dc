namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>The registrations a hotspot or batch warning counted: those after <see cref="FromUtc"/> up to and including <see cref="ToUtc"/>.</summary>
public readonly record struct TimeWindow(DateTimeOffset FromUtc, DateTimeOffset ToUtc)
{
    /// <summary>The window of <paramref name="length"/> ending at <paramref name="toUtc"/>.</summary>
    public static TimeWindow Ending(DateTimeOffset toUtc, TimeSpan length) => new(toUtc - length, toUtc);
}
