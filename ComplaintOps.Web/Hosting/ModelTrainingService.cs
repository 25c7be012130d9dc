using ComplaintOps.Analytics.Models;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Hosting;

/// <summary>
/// Keeps this instance's models current. Every instance loads what the registry publishes (at start and every
/// <see cref="ModelTrainingOptions.SyncEvery"/>); when the newest version is older than
/// <see cref="ModelTrainingOptions.RetrainEvery"/>, or someone asks here (<see cref="ModelTraining.RequestRetrain"/>), the
/// instance tries to train — the trainer lease lets only one of them do it, and the others load its version at their next
/// sync. Newly registered complaints are placed in topics in batches by <see cref="TopicPlacing"/>.
/// </summary>
public sealed class ModelTrainingService(
    ModelTraining training, TopicPlacing placing, IOptions<ModelTrainingOptions> options, TimeProvider clock, ILogger<ModelTrainingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();   // do not hold up the host's start
        var placingNew = placing.RunAsync(stoppingToken);
        try
        {
            var requested = false;
            while (!stoppingToken.IsCancellationRequested)
            {
                await RoundAsync(requested, stoppingToken);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var schedule = Task.Delay(options.Value.SyncEvery, clock, wait.Token);
                var demand = training.WaitForRetrainRequestAsync(wait.Token);
                await Task.WhenAny(schedule, demand);
                requested = demand.IsCompletedSuccessfully;
                await wait.CancelAsync();
                stoppingToken.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await placingNew;
    }

    private async Task RoundAsync(bool requested, CancellationToken stoppingToken)
    {
        try
        {
            await training.SyncAsync(stoppingToken);
            var due = requested || (options.Value.TrainOnStart && await training.IsRetrainDueAsync(stoppingToken));
            if (due)
            {
                await training.TrainAsync(stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Loading or training models failed; the models in use stay, the next round tries again");
        }
    }
}
