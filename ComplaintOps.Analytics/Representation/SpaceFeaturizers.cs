using ComplaintOps.Data.Domain.Topics;
namespace ComplaintOps.Analytics.Representation;

/// <summary>Makes and reloads the featurizer of each <see cref="TopicSpace"/>.</summary>
public static class SpaceFeaturizers
{
    /// <summary>
    /// The featurizer of <paramref name="space"/> for these texts: the sentence model for short English (nothing is
    /// learned from the texts), otherwise TF-IDF/LSA fitted with <paramref name="options"/> (default: the space's settings)
    /// on at most <see cref="LsaFeaturizerOptions.FitSampleSize"/> of them, chosen with <paramref name="seed"/>.
    /// </summary>
    public static ISpaceFeaturizer Fit(
        TopicSpace space, IReadOnlyList<string> texts, int seed, ISentenceEmbedder embedder, CancellationToken cancellationToken,
        LsaFeaturizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(embedder);
        if (space == TopicSpace.EnglishShort) return new SentenceFeaturizer(embedder);
        options ??= LsaFeaturizerOptions.For(space);
        return LsaFeaturizer.Fit(space, Sample(texts, options.FitSampleSize, seed), options, seed, cancellationToken).Featurizer;
    }

    /// <summary>
    /// Reads a featurizer saved by <see cref="ISpaceFeaturizer.Save"/>. A sentence-model featurizer saved under another
    /// model than <paramref name="embedder"/> is refused: its stored vectors would not be comparable with new ones.
    /// </summary>
    public static ISpaceFeaturizer Load(string directory, ISentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        var manifest = FeaturizerManifest.Read(directory);
        if (manifest?.Kind != FeaturizerManifest.SentenceKind) return LsaFeaturizer.Load(directory);
        if (manifest.Name != embedder.Name)
        {
            throw new InvalidDataException($"The featurizer in {directory} was made with {manifest.Name}; this process has {embedder.Name}.");
        }

        return new SentenceFeaturizer(embedder);
    }

    private static IReadOnlyList<string> Sample(IReadOnlyList<string> texts, int size, int seed)
    {
        if (texts.Count <= size) return texts;
        var indices = Enumerable.Range(0, texts.Count).ToArray();
        new Random(seed).Shuffle(indices);
        return [.. indices.Take(size).Order().Select(i => texts[i])];
    }
}
