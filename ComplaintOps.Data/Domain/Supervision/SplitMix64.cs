namespace ComplaintOps.Data.Domain.Supervision;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014; the seeding generator of xoshiro): a tiny PRNG written out here so a recorded
/// spot-check seed draws the same sample for as long as the records are kept. <see cref="Random"/> with a seed is not
/// promised to give the same sequence across .NET versions (its documentation reserves the right to change the algorithm),
/// and a sample that an auditor cannot re-draw years later proves nothing.
/// </summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, <paramref name="bound"/>): rejection sampling, so no value is favoured by the modulo.</summary>
    public ulong NextBelow(ulong bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong value;
        do
        {
            value = Next();
        }
        while (value >= limit);

        return value % bound;
    }
}
