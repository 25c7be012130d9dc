using Quartz;

namespace ComplaintOps.Web.Hosting.Scheduling;

/// <summary>
/// The one Quartz job type: runs the <see cref="PeriodicWork"/> its job key names with the app's clock. Not concurrent:
/// the clustered store lets one node run a given job at a time, and a run that outlasts its interval delays the next
/// rather than overlapping it.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class PeriodicJob(IServiceProvider services, PeriodicWorks works, TimeProvider clock, ILogger<PeriodicJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var work = works.Get(context.JobDetail.Key.Name);
        try
        {
            await work.RunAsync(services, clock.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged, not rethrown: the next run comes at the next interval anyway (the work is idempotent).
            LogFailed(ex, work.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Periodic work {Name} failed.")]
    private partial void LogFailed(Exception exception, string name);
}
