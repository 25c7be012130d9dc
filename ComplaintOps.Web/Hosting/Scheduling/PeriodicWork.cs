namespace ComplaintOps.Web.Hosting.Scheduling;

/// <summary>One idempotent periodic method, run every <see cref="Interval"/> on one instance of the cluster at a time.</summary>
/// <param name="Name">The Quartz job key; stable, because the clustered store finds the job by it after a restart.</param>
public sealed record PeriodicWork(string Name, TimeSpan Interval, Func<IServiceProvider, DateTimeOffset, CancellationToken, Task> RunAsync);
