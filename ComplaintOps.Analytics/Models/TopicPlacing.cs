using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Topics;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;
using Microsoft.Extensions.Logging;

namespace ComplaintOps.Analytics.Models;

/// <summary>
/// Newly registered complaints, after commit, in batches: short English texts get their sentence vector computed once and
/// stored (whether or not a model exists yet), every complaint is placed with the current model — in its nearest topic only
/// when close enough, otherwise unassigned — and then emerging topics are looked for among the unassigned.
/// </summary>
public sealed partial class TopicPlacing(
    TopicPlacementQueue queue, ITopicStore store, CurrentModels current, ISentenceEmbedder embedder, EmergingTopics emerging, ILogger<TopicPlacing> logger)
{
    private const int BatchSize = 500;

    /// <summary>Drains the queue until <paramref name="stoppingToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Guid>();
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < BatchSize && queue.Reader.TryRead(out var id))
                {
                    batch.Add(id);
                }

                try
                {
                    await PlaceAsync(batch, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPlacingFailed(ex, batch.Count);
                }

                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Embeds and places the given complaints; returns how many were placed (0 without a model).</summary>
    public async Task<int> PlaceAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken)
    {
        if (complaintIds.Count == 0)
        {
            return 0;
        }

        var texts = (await store.GetTextsAsync(complaintIds, cancellationToken)).Select(t => (t.Id, Text: ComplaintTextForModels.Of(t))).ToList();
        var vectors = texts.Where(t => TopicSpaces.Of(t.Text) == TopicSpace.EnglishShort)
            .Select(t => KeyValuePair.Create(t.Id, embedder.Embed(t.Text))).ToList();
        await store.SaveEmbeddingsAsync(vectors, embedder.Name, cancellationToken);
        if (current.Models is not { } models)
        {
            return 0;
        }

        var stored = vectors.ToDictionary(v => v.Key, v => new StoredEmbedding(embedder.Name, v.Value));
        var placements = texts.Select(t =>
        {
            var fit = models.Topics.Place(t.Text, stored.GetValueOrDefault(t.Id));
            return new TopicPlacement(t.Id, fit.TopicId, fit.Similarity, fit.TopicId is null ? null : fit.NearestTopicId);
        }).ToList();
        await store.PlaceAsync(placements, models.Number, cancellationToken);
        if (placements.Any(p => p.TopicId is null))
        {
            await emerging.DetectAsync(cancellationToken);
        }

        return placements.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Placing {Count} new complaints in topics failed; the next training places them.")]
    private partial void LogPlacingFailed(Exception ex, int count);
}
