using ComplaintOps.Data.Domain.Topics;
namespace ComplaintOps.Analytics.Representation;

/// <summary>
/// <see cref="TopicSpace.EnglishShort"/>: the sentence model's vector, nothing fitted. Saving records only the model name,
/// so loading under a different model is refused instead of mixing vectors of two models.
/// </summary>
public sealed class SentenceFeaturizer(ISentenceEmbedder embedder) : ISpaceFeaturizer
{
    private readonly ISentenceEmbedder embedder = embedder ?? throw new ArgumentNullException(nameof(embedder));

    public TopicSpace Space => TopicSpace.EnglishShort;

    public string Name => embedder.Name;

    public int Dimensions => embedder.Dimensions;

    public float[] Embed(string text) => embedder.Embed(text);

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken) => embedder.Embed(texts, cancellationToken);

    public void Save(string directory) => FeaturizerManifest.Write(directory, new FeaturizerManifest(FeaturizerManifest.SentenceKind, Space, Name));
}
