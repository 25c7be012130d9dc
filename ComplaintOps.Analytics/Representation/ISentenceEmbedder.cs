namespace ComplaintOps.Analytics.Representation;

/// <summary>
/// A packaged sentence-embedding model: text → unit-length vector (cosine similarity = dot product). Implementations are
/// thread-safe and loaded once per process.
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>Stable identifier of the model (and its package version); store it with every vector so a model change is detectable.</summary>
    string Name { get; }

    /// <summary>Vector length.</summary>
    int Dimensions { get; }

    /// <summary>One text, on one thread: the per-complaint path after commit.</summary>
    float[] Embed(string text);

    /// <summary>Many texts, using every core: back-fill and evaluation. Results are in input order.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
