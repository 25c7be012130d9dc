using ComplaintOps.Analytics.CaseLibrary;

namespace ComplaintOps.Web.CaseLibrary;

/// <summary>
/// Loads the similar-case index in the background once the host has started, so the first "similar cases" panel does
/// not wait for it. A failure is logged; the index then loads on first use.
/// </summary>
public sealed partial class CaseIndexWarmup(ICaseLibrary library, ILogger<CaseIndexWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            await library.EnsureIndexAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading the similar-case index failed; it will load on first use.")]
    private partial void LogFailed(Exception exception);
}
