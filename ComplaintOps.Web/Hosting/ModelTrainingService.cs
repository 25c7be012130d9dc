using ComplaintOps.Analytics.Models;
using ComplaintOps.Web.Realtime;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Hosting;

/// <summary>
/// Keeps the analytics models current: loads the newest stored version at start (or trains one when none exists), retrains
/// on the schedule and on demand (<see cref="ModelTraining.RequestRetrain"/>, the analytics page's button), and assigns newly registered complaints to clusters in batches.
/// </summary>
public sealed class ModelTrainingService(
    ModelTraining training, ClusterAssignmentQueue queue, DashboardAggregator dashboard, IOptions<ModelTrainingOptions> options, TimeProvider clock, ILogger<ModelTrainingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();   // do not hold up the host's start
        var assigning = AssignNewComplaintsAsync(stoppingToken);
        try
        {
            if (!training.LoadLatest() && options.Value.TrainOnStart)
            {
                await TrainAsync(stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var schedule = Task.Delay(options.Value.RetrainEvery, clock, wait.Token);
                var demand = training.WaitForRetrainRequestAsync(wait.Token);
                await Task.WhenAny(schedule, demand);
                await wait.CancelAsync();
                stoppingToken.ThrowIfCancellationRequested();
                await TrainAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await assigning;
    }

    private async Task TrainAsync(CancellationToken stoppingToken)
    {
        if (await training.TrainAsync(stoppingToken) is not null)
        {
            dashboard.RequestReconcile();   // every complaint has a new topic cluster
        }
    }

    private async Task AssignNewComplaintsAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Guid>();
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < 500 && queue.Reader.TryRead(out var id))
                {
                    batch.Add(id);
                }

                try
                {
                    await training.AssignAsync(batch, stoppingToken);
                    dashboard.Refresh(batch);   // hotspots group the new complaints by their cluster now
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Assigning {Count} new complaints to clusters failed; the next retraining assigns them", batch.Count);
                }

                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
