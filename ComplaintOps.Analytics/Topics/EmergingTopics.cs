using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// Finds emerging topics between trainings: among the recent complaints no topic admitted, a burst of similar ones becomes a
/// provisional topic with its own label (the dashboard's emerging-topic alert), and later unassigned complaints close to an
/// emerging topic join it. Runs under the trainer lease, because it hands out topic ids; when another instance holds the
/// lease (it is training) the round is skipped — the training places those complaints anyway.
/// </summary>
public sealed class EmergingTopics(
    ITopicStore store, IModelLease leases, CurrentModels current, ILabelWords words, ModelInstance instance, IOptions<EmergingOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan LeaseTtl = TimeSpan.FromMinutes(1);

    /// <summary>Looks for new bursts and grows the emerging topics; returns how many complaints it placed.</summary>
    public async Task<int> DetectAsync(CancellationToken cancellationToken)
    {
        if (current.Models is not { } models || await leases.TryTakeAsync(instance.Name, LeaseTtl, cancellationToken) is not { } lease)
        {
            return 0;
        }

        try
        {
            var settings = options.Value;
            var now = clock.GetUtcNow();
            var recent = await store.UnassignedOrEmergingSinceAsync(now - settings.Window, cancellationToken);
            var stored = await store.GetEmbeddingsAsync([.. recent.Select(r => r.Text.Id)], models.Topics.For(TopicSpace.EnglishShort)?.Featurizer.Name ?? "", cancellationToken);
            var nextId = (await store.ListTopicsAsync(cancellationToken)).Select(t => t.Id).DefaultIfEmpty(0).Max() + 1;
            var records = new List<EmergingTopicRecord>();
            var placements = new List<TopicPlacement>();
            foreach (var space in recent.Select(r => Embed(models.Topics, r, stored)).OfType<Embedded>().GroupBy(e => e.Space))
            {
                nextId = Find([.. space], space.Key, settings, now, nextId, records, placements);
            }

            return placements.Count > 0 && await store.RecordEmergingAsync(records, placements, models.Number, lease, cancellationToken) ? placements.Count : 0;
        }
        finally
        {
            await leases.ReleaseAsync(lease, CancellationToken.None);
        }
    }

    private int Find(List<Embedded> items, TopicSpace space, EmergingOptions settings, DateTimeOffset now, int nextId, List<EmergingTopicRecord> records, List<TopicPlacement> placements)
    {
        // Existing emerging topics first: their centre is the mean of their members; unassigned complaints close to it join.
        var groups = items.Where(i => i.TopicId is not null).GroupBy(i => i.TopicId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var loose = items.Where(i => i.TopicId is null).ToList();
        foreach (var (id, members) in groups)
        {
            var centre = UnitVectors.MeanDirection([.. members.Select(m => m.Vector)], members[0].Vector.Length);
            var joining = loose.Where(l => UnitVectors.Dot(l.Vector, centre) >= settings.Similarity).ToList();
            if (joining.Count == 0)
            {
                continue;
            }

            loose.RemoveAll(joining.Contains);
            members.AddRange(joining);
            placements.AddRange(joining.Select(j => new TopicPlacement(j.Text.Id, id, UnitVectors.Dot(j.Vector, centre), id)));
            records.Add(new EmergingTopicRecord(id, space, Label(members), members.Count, Cohesion(members, centre), IsNew: false));
        }

        foreach (var burst in EmergingTopicDetector.Find([.. loose.Select(l => new TimedPoint(l.Text.Id, l.Vector, l.Text.RegisteredAtUtc))], now, settings))
        {
            var id = nextId++;
            var members = loose.Where(l => burst.Members.Contains(l.Text.Id)).ToList();
            placements.AddRange(members.Select(m => new TopicPlacement(m.Text.Id, id, UnitVectors.Dot(m.Vector, burst.Centroid), id)));
            records.Add(new EmergingTopicRecord(id, space, Label(members), members.Count, burst.Cohesion, IsNew: true));
        }

        return nextId;
    }

    private string Label(List<Embedded> members) =>
        new TopicLabeler(words.Split).Label(new Dictionary<int, IReadOnlyList<string>> { [0] = [.. members.Select(m => m.Model)] })[0].Text;

    private static double Cohesion(List<Embedded> members, float[] centre) => members.Average(m => UnitVectors.Dot(m.Vector, centre));

    private static Embedded? Embed(TopicModel model, PlacedText placed, IReadOnlyDictionary<Guid, float[]> stored)
    {
        var text = ComplaintTextForModels.Of(placed.Text);
        var vector = stored.TryGetValue(placed.Text.Id, out var v) ? new StoredEmbedding(model.For(TopicSpace.EnglishShort)?.Featurizer.Name ?? "", v) : null;
        return model.Embed(text, vector) is { } e ? new Embedded(placed.Text, text, e.Space, e.Vector, placed.TopicId) : null;
    }

    private sealed record Embedded(Data.Features.Topics.ComplaintText Text, string Model, TopicSpace Space, float[] Vector, int? TopicId);
}
