namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>
/// Turns text into an L2-normalised dense vector, so cosine similarity is a dot product. The case library depends only
/// on this, so the trained topic model can replace <see cref="HashedTextEmbedder"/> without touching the index; a new
/// <see cref="Version"/> makes the library re-embed its stored cases once.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model that made a vector; vectors of different versions are never compared.</summary>
    string Version { get; }

    int Dimensions { get; }

    /// <summary>A vector of <see cref="Dimensions"/> values with length 1, or all zeros when the text has no terms.</summary>
    float[] Embed(string text);
}
