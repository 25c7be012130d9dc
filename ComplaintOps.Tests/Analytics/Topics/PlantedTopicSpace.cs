using ComplaintOps.Analytics.Topics;

namespace ComplaintOps.Tests.Analytics.Topics;

/// <summary>Five planted topics of 200 complaints each, cold-trained once; tests retrain from there.</summary>
internal sealed class PlantedTopicSpace
{
    public const int PerTopic = 200;

    private int _nextId = 1;

    public PlantedTopicSpace(int seed = 30)
    {
        Vectors = new PlantedVectors(seed);
        Centres = Enumerable.Range(0, 5).Select(_ => Vectors.Centre()).ToArray();
        Topics = Centres.Select(c => Vectors.Around(c, PerTopic)).ToArray();
        Cold = TopicRetrainer.Retrain([], [.. Topics.SelectMany(t => t)], Options, AllocateId);
    }

    public static RetrainOptions Options { get; } = new() { K = 5 };

    public PlantedVectors Vectors { get; }

    public float[][] Centres { get; }

    /// <summary>The planted complaints per topic.</summary>
    public List<TopicPoint>[] Topics { get; }

    public RetrainResult Cold { get; }

    public int AllocateId() => _nextId++;

    /// <summary>The topic id the cold training gave planted topic <paramref name="planted"/> (its members' most common id).</summary>
    public int IdOf(int planted) => TopicOf(Cold, Topics[planted]);

    /// <summary>The most common topic id of some complaints in a training.</summary>
    public static int TopicOf(RetrainResult result, IEnumerable<TopicPoint> points)
    {
        var ids = points.Select(p => p.Id).ToHashSet();
        return result.Points.Where(p => ids.Contains(p.Id) && p.TopicId is not null).GroupBy(p => p.TopicId!.Value).MaxBy(g => g.Count())!.Key;
    }

    public RetrainResult Retrain(IReadOnlyList<PreviousTopic> previous, IEnumerable<TopicPoint> points) =>
        TopicRetrainer.Retrain(previous, [.. points], Options, AllocateId);

    public IReadOnlyList<PreviousTopic> Previous(Func<PreviousTopic, PreviousTopic>? decide = null) =>
        [.. Cold.AsPrevious().Select(decide ?? (p => p))];
}
