using System.Diagnostics;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// UTC "now" from the monotonic Stopwatch, aligned once to <see cref="DateTimeOffset.UtcNow"/>: no jitter or steps from the
/// wall clock while measuring, and cheap enough to read on every receipt.
/// </summary>
public sealed class AlignedClock
{
    private readonly DateTimeOffset _startUtc = DateTimeOffset.UtcNow;
    private readonly long _start = Stopwatch.GetTimestamp();

    public DateTimeOffset UtcNow => _startUtc + Stopwatch.GetElapsedTime(_start);
}
