namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>How busy the (possibly shared) machine was, printed beside the numbers it affects.</summary>
public static class MachineLoad
{
    /// <summary>e.g. "2 cores, load average 3.21 (1 min)"; the load average where /proc/loadavg exists.</summary>
    public static string Describe() =>
        $"{Environment.ProcessorCount} cores" +
        (File.Exists("/proc/loadavg") ? $", load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} (1 min)" : "");
}
