using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Topics;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Features.Topics;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// The production topic training at scale, as the background training runs it: N bilingual demo complaints (masked), routed
/// to their spaces; short English through stored sentence vectors (computed once per distinct text here, as they would have
/// been after commit), the rest through TF-IDF/LSA fitted now. Then a warm retraining on the same complaints plus 5 % new
/// ones from a later day: how many keep their topic id (target ≥ 90 %), and single-complaint placement latency.
/// </summary>
public static class ClusteringScale
{
    public static void Run(int count, int placements, int? k)
    {
        var now = DateTimeOffset.UtcNow;
        var calendar = new BusinessCalendar(BusinessCalendar.ChinaTimeZone, ShippedCalendars.LoadAll(CalendarRegion.China));
        var watch = Stopwatch.StartNew();
        var complaints = Complaints(count, 20261123, now, calendar);
        var extra = Complaints(Math.Max(1, count / 20), 20261124, now.AddDays(3), calendar);
        var generated = watch.Elapsed;

        watch.Restart();
        var vectors = Vectors(complaints.Concat(extra));
        var embedded = watch.Elapsed;

        var options = new TopicTrainingOptions { ClusterCount = k };
        var words = new SegmentedLabelWords();
        watch.Restart();
        var first = TopicTraining.Train(Input(complaints, new Dictionary<Guid, TopicPlacement>(), [], vectors), options, SentenceEmbedder.Shared, words.Split, CancellationToken.None);
        var cold = watch.Elapsed;
        var peakCold = Environment.WorkingSet;

        var current = first.Placements.ToDictionary(p => p.ComplaintId);
        var topics = first.Outcomes.Select(o => Topic.Born(o.TopicId, o.Space, o.Label, 1, o.ParentId, now).Topic).ToList();
        watch.Restart();
        var second = TopicTraining.Train(Input([.. complaints, .. extra], current, topics, vectors), options, SentenceEmbedder.Shared, words.Split, CancellationToken.None);
        var warm = watch.Elapsed;

        var kept = second.Placements.Count(p => current.TryGetValue(p.ComplaintId, out var before) && before.TopicId == p.TopicId);
        var stability = (double)kept / complaints.Count;
        var latency = Latency(second.Model, complaints, placements);
        var live = first.Outcomes.Count(o => o.Fate == TopicFate.Born);
        Console.WriteLine($"topic training: {count:N0} demo complaints + {extra.Count:N0} new (generated in {generated.TotalSeconds:N1} s; {vectors.Count:N0} distinct short English texts embedded in {embedded.TotalSeconds:N1} s), {Environment.ProcessorCount} cores");
        foreach (var space in first.Report)
        {
            Console.WriteLine($"  {space.Space,-12} {space.Complaints,8:N0} complaints, {space.Topics,3} topics, unassigned {space.Unassigned:P1}, cohesion {space.Cohesion:N3}, silhouette {space.Silhouette:N3}  [{space.Representation}]");
        }

        Console.WriteLine($"  cold training: {cold.TotalSeconds:N1} s, {live} topics, working set {peakCold / 1024 / 1024:N0} MB");
        Console.WriteLine($"  warm retraining (+5 %): {warm.TotalSeconds:N1} s; {stability:P1} of the complaints keep their topic id (target ≥ 90 %: {(stability >= 0.9 ? "MET" : "NOT MET")})");
        Console.WriteLine($"  born {second.Outcomes.Count(o => o.Fate == TopicFate.Born)}, ended {second.Outcomes.Count(o => o.Fate == TopicFate.Ended)}, merged {second.Outcomes.Count(o => o.Fate == TopicFate.MergedInto)}");
        Console.WriteLine($"  place one complaint ({placements:N0} calls, one thread, vectors not stored): p50 {latency.P50:N2} ms, p95 {latency.P95:N2} ms, max {latency.Max:N1} ms (target ≤ 20 ms: {(latency.P95 <= 20 ? "MET" : "NOT MET")})");
        foreach (var topic in second.Model.Topics.OrderByDescending(t => t.Size).Take(6))
        {
            Console.WriteLine($"    #{topic.TopicId} {topic.Size,7:N0}  cohesion {topic.Cohesion:N2}  {topic.Label}");
        }

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "clustering", count, cold_s = Math.Round(cold.TotalSeconds, 1), warm_s = Math.Round(warm.TotalSeconds, 1), topics = live,
            stability = Math.Round(stability, 4), place_p95_ms = Math.Round(latency.P95, 2), stability_target_met = stability >= 0.9,
        }));
    }

    private static List<TrainingComplaint> Complaints(int count, int seed, DateTimeOffset now, BusinessCalendar calendar) =>
        [.. DemoDataGenerator.Generate(count, seed, now, calendar, BenchmarkSeal.Seal)
            .Select(c => new TrainingComplaint(Guid.NewGuid(), ComplaintTextForModels.Of(c.Subject, c.Description, c.CustomerName)))];

    // Stored vectors by complaint id; each distinct text is encoded once (demo texts repeat their templates).
    private static Dictionary<Guid, float[]> Vectors(IEnumerable<TrainingComplaint> complaints)
    {
        var english = complaints.Where(c => TopicSpaces.Of(c.Text) == TopicSpace.EnglishShort).ToList();
        var distinct = english.Select(c => c.Text).Distinct().ToList();
        var encoded = SentenceEmbedder.Shared.Embed(distinct, CancellationToken.None);
        var byText = distinct.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => encoded[x.i]);
        return english.ToDictionary(c => c.Id, c => byText[c.Text]);
    }

    private static TopicTrainingInput Input(
        List<TrainingComplaint> complaints, IReadOnlyDictionary<Guid, TopicPlacement> current, IReadOnlyList<Topic> topics, Dictionary<Guid, float[]> vectors) =>
        new(complaints, current, topics, vectors, topics.Count == 0 ? 1 : topics.Max(t => t.Id) + 1);

    private static Percentiles Latency(TopicModel model, List<TrainingComplaint> complaints, int count)
    {
        var probe = new Random(1);
        for (var i = 0; i < 50; i++)
        {
            model.Place(complaints[probe.Next(complaints.Count)].Text);   // warm-up
        }

        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var text = complaints[probe.Next(complaints.Count)].Text;
            var start = Stopwatch.GetTimestamp();
            model.Place(text);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return new Percentiles(latencies);
    }
}
