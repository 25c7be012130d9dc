using ComplaintOps.Data.Domain.Complaints;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// The history key of every benchmark database and app process: a public test key, so data written by one scenario
/// verifies in the app another starts on it. Never a production key.
/// </summary>
public static class BenchmarkSeal
{
    public const string Key = "bjC0bmNobWFyay1oaXN0b3J5LWtleS1ub3Qtc2VjcmV0IQ==";

    public static readonly HistorySeal Seal = HistorySeal.FromBase64(Key);
}
