using System.Diagnostics;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Topics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Analytics.Models;

/// <summary>
/// Trains, stores and publishes model versions, one run at a time, and assigns complaints to the clusters of the current
/// model. The previous models stay in use until a new version is saved and published.
/// </summary>
public sealed partial class ModelTraining(
    ITopicStore store, CurrentModels current, ModelStore files, IOptions<ModelTrainingOptions> options, TimeProvider clock, ILogger<ModelTraining> logger)
    : IModelTrainingControl
{
    private readonly SemaphoreSlim _oneRun = new(1, 1);
    private readonly SemaphoreSlim _requested = new(0, 1);
    private int _retrainPending;
    private ModelTrainingStatus _status = new(false, null, null, null, null);

    public ModelTrainingStatus Status => Volatile.Read(ref _status);

    public void RequestRetrain(Actor actor)
    {
        if (!actor.Has(Permission.RetrainModels))
        {
            throw ForbiddenException.Lacking(Permission.RetrainModels);
        }

        LogRetrainRequested(actor.Id, actor.Name);
        if (Interlocked.Exchange(ref _retrainPending, 1) == 0)
        {
            _requested.Release();   // requests before the training picks this one up are the same request
        }
    }

    /// <summary>Completes when <see cref="RequestRetrain"/> was called (once however often it was called meanwhile).</summary>
    public async Task WaitForRetrainRequestAsync(CancellationToken cancellationToken)
    {
        await _requested.WaitAsync(cancellationToken);
        Interlocked.Exchange(ref _retrainPending, 0);
    }

    /// <summary>Publishes the newest stored version; false when none is stored.</summary>
    public bool LoadLatest()
    {
        var models = files.LoadLatest();
        if (models is null)
        {
            return false;
        }

        current.Publish(models);
        Volatile.Write(ref _status, new ModelTrainingStatus(false, models.Version, models.TrainedAtUtc, null, null));
        return true;
    }

    /// <summary>
    /// Trains a new version on the newest complaints, saves it, publishes it and stores every training complaint's cluster.
    /// Returns null when a run is already going or there are too few complaints (the reason is in <see cref="Status"/>).
    /// </summary>
    public async Task<ComplaintModels?> TrainAsync(CancellationToken cancellationToken)
    {
        if (!await _oneRun.WaitAsync(0, cancellationToken))
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        var previous = Status;
        Volatile.Write(ref _status, previous with { Running = true });
        try
        {
            var settings = options.Value;
            var complaints = await store.ListTextsAsync(settings.MaxComplaints, cancellationToken);
            if (complaints.Count < settings.MinComplaints)
            {
                Volatile.Write(ref _status, previous with { Running = false, Error = $"too few complaints ({complaints.Count} < {settings.MinComplaints})" });
                return null;
            }

            var version = files.NextVersion();
            var result = await Task.Run(() => ComplaintModelTrainer.Train(complaints, settings, version, clock.GetUtcNow(), cancellationToken), cancellationToken);
            files.Save(result.Models);
            current.Publish(result.Models);
            // TODO(lead, #10): publish the topics and placements through ITopicStore.PublishAsync under the trainer lease; until
            // then a trained version places no complaint (the cluster table it used to fill is gone).
            var took = Stopwatch.GetElapsedTime(started);
            Volatile.Write(ref _status, new ModelTrainingStatus(false, version, clock.GetUtcNow(), took, null));
            logger.LogInformation("Trained model {Version} on {Count} complaints in {Seconds:N1} s: {Clusters} clusters", version, complaints.Count,
                took.TotalSeconds, result.Models.Topics.Clusters.Count);
            return result.Models;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Model training failed; the previous models stay in use");
            Volatile.Write(ref _status, previous with { Running = false, Error = ex.Message });
            return null;
        }
        finally
        {
            _oneRun.Release();
        }
    }

    /// <summary>Assigns the given complaints to clusters of the current model and stores the result (nothing without a model).</summary>
    public async Task<int> AssignAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken)
    {
        if (current.Models is not { } models || complaintIds.Count == 0)
        {
            return 0;
        }

        // TODO(lead, #10): place them through ITopicStore.PlaceAsync with the published topics; nothing is stored until then.
        var texts = await store.GetTextsAsync(complaintIds, cancellationToken);
        return texts.Count(t => models.Topics.Assign(ComplaintTextForModels.Of(t)).ClusterId >= 0);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retraining requested by {ActorId} ({ActorName}).")]
    private partial void LogRetrainRequested(string actorId, string actorName);
}
