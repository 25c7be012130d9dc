using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;

namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// One topic training over all spaces. Per space: vectors (stored sentence vectors, or a TF-IDF/LSA featurizer fitted now),
/// the previous topics rebuilt from their current members in those vectors (so a refitted space still carries them), then
/// <see cref="TopicRetrainer"/> — warm from those topics, cold on a space's first training. Afterwards every topic is labelled
/// in whole words over all spaces (a topic merged across languages gets a bilingual label) and its fate decided.
/// </summary>
public static class TopicTraining
{
    public static TopicTrainingResult Train(
        TopicTrainingInput input, TopicTrainingOptions options, ISentenceEmbedder embedder, Func<string, IReadOnlyList<string>> words,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var nextId = input.NextTopicId;
        int Allocate() => nextId++;
        var topicsById = input.Topics.ToDictionary(t => t.Id);
        var texts = input.Complaints.ToDictionary(c => c.Id, c => c.Text);
        var spaces = new List<SpaceTopics>();
        var placements = new List<TopicPlacement>(input.Complaints.Count);
        var fates = new Dictionary<int, TopicOutcome>();
        var embedded = new List<KeyValuePair<Guid, float[]>>();
        var reports = new List<SpaceReport>();
        var trained = new List<(TopicSpace Space, ISpaceFeaturizer Featurizer, RetrainResult Result, List<LineageEvent> Events)>();
        var untouched = new HashSet<int>();

        foreach (var group in input.Complaints.GroupBy(c => TopicSpaces.Of(c.Text)).OrderBy(g => g.Key))
        {
            var complaints = group.ToList();
            if (complaints.Count < options.MinTopicSize * 2)
            {
                // Too few to find topics in: these complaints keep their placements and their topics stay as they are.
                untouched.UnionWith(complaints.Select(c => input.Current.GetValueOrDefault(c.Id)?.NearestTopicId).OfType<int>());
                continue;
            }

            var space = group.Key;
            var featurizer = SpaceFeaturizers.Fit(space, [.. complaints.Select(c => c.Text)], options.Seed, embedder, cancellationToken);
            var vectors = Vectors(space, complaints, featurizer, input.Embeddings, embedded, cancellationToken);
            var points = complaints.Select((c, i) => new TopicPoint(c.Id, vectors[i])).ToList();
            var previous = Previous(points, input.Current, topicsById);
            var result = TopicRetrainer.Retrain(previous, points, new RetrainOptions
            {
                K = options.ClusterCount,
                MaxK = Math.Max(2, Math.Min(options.MaxClusterCount, complaints.Count / options.MinTopicSize)),
                Seed = options.Seed,
                Restarts = options.Restarts,
                MinTopicSize = options.MinTopicSize,
                Admission = AdmissionFor(space),
            }, Allocate, cancellationToken);
            trained.Add((space, featurizer, result, [.. result.Events]));
            placements.AddRange(result.Points.Select(p => new TopicPlacement(p.Id, p.TopicId, p.Similarity, p.CentroidTopicId)));
        }

        var labels = Labels(placements, texts, words);
        foreach (var (space, featurizer, result, events) in trained)
        {
            spaces.Add(new SpaceTopics(featurizer, [.. result.Topics.Select(t => new SpaceTopic(
                t.Id, t.ReportedTopicId, t.Centroid, t.AdmissionThreshold, t.Size, t.Cohesion, labels.GetValueOrDefault(t.ReportedTopicId, "")))]));
            Decide(space, result, events, labels, placements, fates);
            reports.Add(Report(space, featurizer, result, events));
        }

        EndUnseen(input.Topics, fates, untouched);
        return new TopicTrainingResult(new TopicModel(spaces), [.. fates.Values.OrderBy(f => f.TopicId)], placements, embedded, reports);
    }

    // Unrelated Chinese texts still share common characters, so in the character-n-gram LSA space their cosine sits near 0.3
    // (a burst about an icy doorstep reached 0.29 to a loose demo topic and was swallowed); sentence vectors of unrelated
    // English texts sit near 0–0.2. So the floor below which nothing is admitted is the space's.
    private static AdmissionOptions AdmissionFor(TopicSpace space) =>
        space == TopicSpace.Chinese ? new AdmissionOptions { Floor = 0.35f } : new AdmissionOptions();

    // Short English reuses the vectors stored after commit; only the missing ones are encoded (and handed back to store).
    private static float[][] Vectors(
        TopicSpace space, List<TrainingComplaint> complaints, ISpaceFeaturizer featurizer, IReadOnlyDictionary<Guid, float[]> stored,
        List<KeyValuePair<Guid, float[]>> embedded, CancellationToken cancellationToken)
    {
        if (space != TopicSpace.EnglishShort)
        {
            return featurizer.Embed([.. complaints.Select(c => c.Text)], cancellationToken);
        }

        var vectors = new float[complaints.Count][];
        var missing = Enumerable.Range(0, complaints.Count).Where(i => !stored.TryGetValue(complaints[i].Id, out vectors[i]!)
            || vectors[i].Length != featurizer.Dimensions).ToList();
        var made = featurizer.Embed([.. missing.Select(i => complaints[i].Text)], cancellationToken);
        for (var j = 0; j < missing.Count; j++)
        {
            vectors[missing[j]] = made[j];
            embedded.Add(KeyValuePair.Create(complaints[missing[j]].Id, made[j]));
        }

        return vectors;
    }

    // A previous topic's centre in this space = the mean direction of the complaints the last model put nearest to it.
    private static List<PreviousTopic> Previous(List<TopicPoint> points, IReadOnlyDictionary<Guid, TopicPlacement> current, Dictionary<int, Topic> topics)
    {
        var members = points.Where(p => current.TryGetValue(p.Id, out var c) && c.NearestTopicId is not null)
            .GroupBy(p => current[p.Id].NearestTopicId!.Value);
        var previous = new List<PreviousTopic>();
        foreach (var group in members.OrderBy(g => g.Key))
        {
            if (!topics.TryGetValue(group.Key, out var topic) || topic.State == TopicState.Ended)
            {
                continue;
            }

            var vectors = group.Select(p => p.Vector).ToList();
            previous.Add(new PreviousTopic(topic.Id, UnitVectors.MeanDirection(vectors, vectors[0].Length))
            {
                State = topic.State == TopicState.Emerging ? TopicState.Active : topic.State,
                MergedIntoId = topic.MergedIntoId,
                SplitRequested = topic.SplitRequested,
                Members = [.. group.Select(p => p.Id)],
            });
        }

        return previous;
    }

    private static Dictionary<int, string> Labels(List<TopicPlacement> placements, Dictionary<Guid, string> texts, Func<string, IReadOnlyList<string>> words)
    {
        var byTopic = placements.Where(p => p.TopicId is not null).GroupBy(p => p.TopicId!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => texts[p.ComplaintId])]);
        return byTopic.Count == 0 ? [] : new TopicLabeler(words).Label(byTopic).ToDictionary(l => l.Key, l => l.Value.Text);
    }

    private static void Decide(
        TopicSpace space, RetrainResult result, List<LineageEvent> events, Dictionary<int, string> labels, List<TopicPlacement> placements,
        Dictionary<int, TopicOutcome> fates)
    {
        var topics = result.Topics.ToDictionary(t => t.Id);
        foreach (var e in events)
        {
            var label = labels.GetValueOrDefault(e.TopicId, "");
            var size = placements.Count(p => p.TopicId == e.TopicId);
            var quality = topics.TryGetValue(e.TopicId, out var t) ? t.Cohesion : 0;
            TopicOutcome? outcome = e.Kind switch
            {
                LineageEventKind.Continued => new(e.TopicId, space, TopicFate.Continued, label, size, quality),
                LineageEventKind.Born => new(e.TopicId, space, TopicFate.Born, label, size, quality),
                LineageEventKind.Split => new(e.TopicId, space, TopicFate.Born, label, size, quality, ParentId: e.RelatedId),
                LineageEventKind.Merged => new(e.TopicId, space, TopicFate.MergedInto, label, 0, 0, MergedIntoId: e.RelatedId),
                LineageEventKind.Died => new(e.TopicId, space, TopicFate.Ended, label, 0, 0),
                _ => null,
            };

            // A topic seen in two spaces (rare: the routing rule changed) keeps its best fate: continuing beats ending.
            if (outcome is not null && (!fates.TryGetValue(e.TopicId, out var known) || known.Fate is TopicFate.Ended))
            {
                fates[e.TopicId] = outcome;
            }
        }
    }

    // A live topic with no complaint in this training (all its complaints left the training window) has no successor.
    private static void EndUnseen(IReadOnlyList<Topic> topics, Dictionary<int, TopicOutcome> fates, HashSet<int> untouched)
    {
        foreach (var topic in topics.Where(t => t.State is TopicState.Active or TopicState.Noise or TopicState.Emerging
                     && !fates.ContainsKey(t.Id) && !untouched.Contains(t.Id)))
        {
            fates[topic.Id] = new TopicOutcome(topic.Id, topic.Space, TopicFate.Ended, topic.Label, 0, 0);
        }
    }

    private static SpaceReport Report(TopicSpace space, ISpaceFeaturizer featurizer, RetrainResult result, List<LineageEvent> events)
    {
        var admitted = result.Points.Count(p => p.TopicId is not null);
        var live = result.Topics.Where(t => t.Size > 0).ToList();
        return new SpaceReport(space, featurizer.Name, result.Points.Count, live.Count,
            events.Count(e => e.Kind is LineageEventKind.Born or LineageEventKind.Split), events.Count(e => e.Kind == LineageEventKind.Continued),
            events.Count(e => e.Kind == LineageEventKind.Died), events.Count(e => e.Kind == LineageEventKind.Merged),
            result.Points.Count == 0 ? 0 : 1 - (double)admitted / result.Points.Count,
            live.Count == 0 ? 0 : live.Sum(t => t.Cohesion * t.Size) / live.Sum(t => t.Size),
            live.Count == 0 ? 0 : live.Sum(t => t.Silhouette * t.Size) / live.Sum(t => t.Size), result.Seeds);
    }
}
