using System.Text.Json;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Analytics.Representation;

/// <summary>The <c>featurizer.json</c> of a saved featurizer: which kind to rebuild, for which space, and the vector-space name it had.</summary>
internal sealed record FeaturizerManifest(string Kind, TopicSpace Space, string Name)
{
    public const string SentenceKind = "sentence";
    public const string LsaKind = "tfidf-lsa";
    private const string FileName = "featurizer.json";

    public static void Write(string directory, FeaturizerManifest manifest) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(manifest));

    /// <summary>The manifest, or null for a folder written before featurizers had one (a topic model of issue #4).</summary>
    public static FeaturizerManifest? Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        return File.Exists(path)
            ? JsonSerializer.Deserialize<FeaturizerManifest>(File.ReadAllText(path)) ?? throw new InvalidDataException("Empty " + path)
            : null;
    }
}
