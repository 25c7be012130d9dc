using ComplaintOps.Data.Domain.Topics;
namespace ComplaintOps.Analytics.Representation;

/// <summary>
/// Turns the texts of one <see cref="TopicSpace"/> into unit-length vectors (cosine = dot product). Fitted featurizers
/// (TF-IDF/LSA) are made by <see cref="SpaceFeaturizers.Fit"/> at training and saved with the model; the sentence-model
/// featurizer needs no fitting. Immutable and thread-safe.
/// </summary>
public interface ISpaceFeaturizer
{
    TopicSpace Space { get; }

    /// <summary>
    /// Identifies the vector space: the sentence model's <see cref="ISentenceEmbedder.Name"/>, or for a fitted featurizer its
    /// kind plus a hash of its fitted state. Vectors with different names must never be compared.
    /// </summary>
    string Name { get; }

    int Dimensions { get; }

    /// <summary>One text (the per-complaint path).</summary>
    float[] Embed(string text);

    /// <summary>Many texts, in input order, using every core.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken);

    /// <summary>Writes what is needed to rebuild this featurizer into <paramref name="directory"/> (which must exist).</summary>
    void Save(string directory);
}
