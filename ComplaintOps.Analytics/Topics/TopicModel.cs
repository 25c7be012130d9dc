using System.Text.Json;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// A trained topic model: per <see cref="TopicSpace"/>, the featurizer and the topic centres with their admission
/// thresholds. A text is routed to its space (<see cref="TopicSpaces.Of(string)"/>), embedded there and placed at the nearest
/// centre it is close enough to — or left unassigned. Immutable and thread-safe.
/// </summary>
public sealed class TopicModel
{
    private const string SpacesFile = "spaces.json";
    private const string TopicsFile = "topics.json";
    private const string FeaturizerFolder = "featurizer";

    private readonly Dictionary<TopicSpace, SpaceTopics> _spaces;

    public TopicModel(IReadOnlyList<SpaceTopics> spaces)
    {
        ArgumentNullException.ThrowIfNull(spaces);
        _spaces = spaces.ToDictionary(s => s.Space);
    }

    public IReadOnlyCollection<SpaceTopics> Spaces => _spaces.Values;

    /// <summary>Every centre of every space.</summary>
    public IEnumerable<SpaceTopic> Topics => _spaces.Values.SelectMany(s => s.Topics);

    public SpaceTopics? For(TopicSpace space) => _spaces.GetValueOrDefault(space);

    /// <summary>
    /// The text's space and vector in this model, or null when the model has no such space. <paramref name="stored"/> is the
    /// complaint's stored sentence embedding, used instead of running the encoder again when it was made by the same model.
    /// </summary>
    public (TopicSpace Space, float[] Vector)? Embed(string text, StoredEmbedding? stored = null)
    {
        var space = TopicSpaces.Of(text);
        if (For(space) is not { } topics)
        {
            return null;
        }

        var vector = stored is { } s && s.Encoder == topics.Featurizer.Name ? s.Vector : topics.Featurizer.Embed(text);
        return (space, vector);
    }

    /// <summary>Places a text (see <see cref="Embed"/>); unassigned in its space when the model has no topics there.</summary>
    public TopicFit Place(string text, StoredEmbedding? stored = null) =>
        Embed(text, stored) is { } e ? _spaces[e.Space].Place(e.Vector) : new TopicFit(TopicSpaces.Of(text), null, null, 0);

    public void Save(string directory)
    {
        File.WriteAllText(Path.Combine(directory, SpacesFile), JsonSerializer.Serialize(_spaces.Keys.ToList()));
        foreach (var (space, topics) in _spaces)
        {
            var folder = Directory.CreateDirectory(Path.Combine(directory, space.ToString()));
            topics.Featurizer.Save(Directory.CreateDirectory(Path.Combine(folder.FullName, FeaturizerFolder)).FullName);
            File.WriteAllText(Path.Combine(folder.FullName, TopicsFile), JsonSerializer.Serialize(topics.Topics));
        }
    }

    public static TopicModel Load(string directory, ISentenceEmbedder embedder)
    {
        var spaces = JsonSerializer.Deserialize<List<TopicSpace>>(File.ReadAllText(Path.Combine(directory, SpacesFile)))
            ?? throw new InvalidDataException("The topic model lists no spaces.");
        return new TopicModel([.. spaces.Select(space =>
        {
            var folder = Path.Combine(directory, space.ToString());
            var topics = JsonSerializer.Deserialize<List<SpaceTopic>>(File.ReadAllText(Path.Combine(folder, TopicsFile)))
                ?? throw new InvalidDataException($"The {space} topics are missing.");
            return new SpaceTopics(SpaceFeaturizers.Load(Path.Combine(folder, FeaturizerFolder), embedder), topics);
        })]);
    }
}
