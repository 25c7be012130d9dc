using System.Diagnostics;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Topics;
using ComplaintOps.Data.Features.Topics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Analytics.Models;

/// <summary>
/// Trains, publishes and loads model versions. Any instance may train, but only while it holds the trainer lease in the
/// shared database (one trainer at a time across instances); it publishes the version to the registry under that lease, and
/// every other instance loads what was published (<see cref="SyncAsync"/>). The previous models stay in use until a newer
/// version is loaded. New complaints are placed by <see cref="TopicPlacing"/>.
/// </summary>
public sealed partial class ModelTraining(
    ITopicStore store, IModelLease leases, CurrentModels current, ISentenceEmbedder embedder, ILabelWords labelWords, ModelInstance instance, IOptions<ModelTrainingOptions> options, TimeProvider clock,
    ILogger<ModelTraining> logger)
    : IModelTrainingControl
{
    private readonly SemaphoreSlim _oneRun = new(1, 1);
    private readonly SemaphoreSlim _requested = new(0, 1);
    private int _retrainPending;
    private ModelTrainingStatus _status = new(false, null, null, null, null);

    /// <summary>This instance's name in the registry and the lease.</summary>
    public string Instance => instance.Name;

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

    /// <summary>True when the newest published version is older than <see cref="ModelTrainingOptions.RetrainEvery"/> (or none exists).</summary>
    public async Task<bool> IsRetrainDueAsync(CancellationToken cancellationToken)
    {
        var latest = await store.LatestVersionAsync(cancellationToken);
        return latest is null || clock.GetUtcNow() - latest.TrainedAtUtc >= options.Value.RetrainEvery;
    }

    /// <summary>Loads the newest published version when it is newer than the one in use; true when it loaded one.</summary>
    public async Task<bool> SyncAsync(CancellationToken cancellationToken)
    {
        var latest = await store.LatestVersionAsync(cancellationToken);
        if (latest is null || latest.Number <= (current.Models?.Number ?? 0))
        {
            return false;
        }

        var content = await store.PayloadAsync(latest.Number, cancellationToken) ?? throw new InvalidDataException($"Model {latest.Name} has no files.");
        var models = await Task.Run(() => ModelPackage.Unpack(content, embedder), cancellationToken);
        current.Publish(models);
        Volatile.Write(ref _status, new ModelTrainingStatus(false, models.Version, latest.TrainedAtUtc, TimeSpan.FromSeconds(latest.TookSeconds), null)
        {
            TrainedBy = latest.TrainedBy,
        });
        LogLoaded(latest.Name, latest.TrainedBy);
        return true;
    }

    /// <summary>
    /// Trains a new version on the newest complaints and publishes it. Returns null when a run is already going here, another
    /// instance holds the trainer lease, there are too few complaints, or the lease was lost before publishing (the reason
    /// is in <see cref="Status"/>).
    /// </summary>
    public async Task<ComplaintModels?> TrainAsync(CancellationToken cancellationToken)
    {
        if (!await _oneRun.WaitAsync(0, cancellationToken))
        {
            return null;
        }

        var previous = Status;
        try
        {
            var settings = options.Value;
            if (await leases.TryTakeAsync(Instance, settings.LeaseTtl, cancellationToken) is not { } lease)
            {
                Volatile.Write(ref _status, previous with { Running = false, Error = "another instance is training" });
                return null;
            }

            try
            {
                Volatile.Write(ref _status, previous with { Running = true });
                return await TrainUnderLeaseAsync(lease, settings, previous, cancellationToken);
            }
            finally
            {
                await leases.ReleaseAsync(lease, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Volatile.Write(ref _status, previous with { Running = false, Error = "the trainer lease was lost during training; nothing was published" });
            return null;
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

    private async Task<ComplaintModels?> TrainUnderLeaseAsync(LeaseTicket lease, ModelTrainingOptions settings, ModelTrainingStatus previous, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Func<string, IReadOnlyList<string>> words = labelWords.Split;
        using var training = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = KeepLeaseAsync(lease, settings.LeaseTtl, training);
        try
        {
            await SyncAsync(training.Token);   // train on top of the newest published topics, whoever trained them
            var complaints = await store.ListTextsAsync(settings.MaxComplaints, training.Token);
            if (complaints.Count < settings.MinComplaints)
            {
                Volatile.Write(ref _status, previous with { Running = false, Error = $"too few complaints ({complaints.Count} < {settings.MinComplaints})" });
                return null;
            }

            var number = Math.Max((await store.LatestVersionAsync(training.Token))?.Number ?? 0, await store.HighestPlacedVersionAsync(training.Token)) + 1;
            var input = await LoadInputAsync(complaints, training.Token);
            var result = await Task.Run(() => ComplaintModelTrainer.Train(
                complaints, input, settings, number, clock.GetUtcNow(), embedder, words, training.Token), training.Token);
            await store.SaveEmbeddingsAsync(result.NewEmbeddings, embedder.Name, training.Token);
            var took = Stopwatch.GetElapsedTime(started);
            var version = new Data.Domain.Topics.ModelVersion(number, result.Models.TrainedAtUtc, Instance, lease.Generation, complaints.Count,
                result.Parameters, result.Quality, took);
            if (!await store.PublishAsync(new ModelPublication(version, ModelPackage.Pack(result.Models), result.Topics, result.Placements), lease, training.Token))
            {
                Volatile.Write(ref _status, previous with { Running = false, Error = "the trainer lease was lost before publishing; nothing was published" });
                return null;
            }

            current.Publish(result.Models);
            Volatile.Write(ref _status, new ModelTrainingStatus(false, result.Models.Version, clock.GetUtcNow(), took, null) { TrainedBy = Instance });
            logger.LogInformation("Trained and published model {Version} on {Count} complaints in {Seconds:N1} s: {Topics} topics", result.Models.Version,
                complaints.Count, took.TotalSeconds, result.Topics.Count(t => t.Fate is TopicFate.Born or TopicFate.Continued));
            return result.Models;
        }
        finally
        {
            await training.CancelAsync();
            await renewing;
        }
    }

    private async Task<TopicTrainingInput> LoadInputAsync(IReadOnlyList<ComplaintText> complaints, CancellationToken cancellationToken)
    {
        var ids = complaints.Select(c => c.Id).ToList();
        var topics = await store.ListTopicsAsync(cancellationToken);
        return new TopicTrainingInput(
            [.. complaints.Select(c => new TrainingComplaint(c.Id, ComplaintTextForModels.Of(c)))],
            await store.CurrentPlacementsAsync(ids, cancellationToken),
            topics,
            await store.GetEmbeddingsAsync(ids, embedder.Name, cancellationToken),
            topics.Count == 0 ? 1 : topics.Max(t => t.Id) + 1);
    }

    // Renews the lease every third of its lifetime while training runs; if a renewal is refused the lease is gone, so the
    // training is cancelled rather than finishing work that the fence would refuse anyway.
    private async Task KeepLeaseAsync(LeaseTicket lease, TimeSpan ttl, CancellationTokenSource training)
    {
        try
        {
            while (true)
            {
                await Task.Delay(ttl / 3, clock, training.Token);
                var renewed = await leases.TryTakeAsync(lease.Holder, ttl, training.Token);
                if (renewed is null || renewed.Generation != lease.Generation)
                {
                    LogLeaseLost();
                    await training.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retraining requested by {ActorId} ({ActorName}).")]
    private partial void LogRetrainRequested(string actorId, string actorName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded model {Version}, published by {TrainedBy}.")]
    private partial void LogLoaded(string version, string trainedBy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The trainer lease was lost during training; the run is abandoned.")]
    private partial void LogLeaseLost();
}
