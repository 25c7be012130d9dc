namespace ComplaintOps.Data.Domain.Common;

/// <summary>
/// The one precision every provider keeps: UTC, whole microseconds (PostgreSQL's timestamptz resolution).
/// Instants are normalised before they enter an aggregate, so what is hashed is exactly what reads back.
/// </summary>
public static class StoredInstant
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMicrosecond;

    public static DateTimeOffset Normalize(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TicksPerMicrosecond), TimeSpan.Zero);
    }
}
