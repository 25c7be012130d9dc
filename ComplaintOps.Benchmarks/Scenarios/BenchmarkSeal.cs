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

    /// <summary>The personal data lookup key of every benchmark database and app process (public, never a production key).</summary>
    public const string LookupKey = "YmVuY2htYXJrLWxvb2t1cC1rZXktbm90LXNlY3JldCE=";

    /// <summary>One Data Protection key folder for the benchmark databases and the app processes, so each reads what the other encrypted.</summary>
    public static readonly string KeyDirectory = Path.Combine(Path.GetTempPath(), "complaintops-benchmark-keys");
}
