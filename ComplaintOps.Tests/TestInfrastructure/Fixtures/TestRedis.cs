namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>The Redis server named by COMPLAINTOPS_TEST_REDIS (host:port). Required under CI, skipped elsewhere when missing.</summary>
public static class TestRedis
{
    public const string EnvironmentVariable = "COMPLAINTOPS_TEST_REDIS";

    public static string? Configuration => Environment.GetEnvironmentVariable(EnvironmentVariable);

    public static string Require()
    {
        if (string.IsNullOrWhiteSpace(Configuration))
        {
            if (PostgresTestDatabase.UnderCi)
            {
                Assert.Fail($"CI=true but {EnvironmentVariable} is not set: the scale-out tests must run in CI.");
            }

            Assert.Skip($"Set {EnvironmentVariable} to a Redis server (host:port) to run this test.");
        }

        return Configuration!;
    }
}
