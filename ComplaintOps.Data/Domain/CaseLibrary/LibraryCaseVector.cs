namespace ComplaintOps.Data.Domain.CaseLibrary;

/// <summary>
/// A case's text embedding (little-endian float32s), tagged with the embedder that made it, so a new model
/// re-embeds only what it did not make. Kept apart from the case row so searches never read vectors.
/// </summary>
public sealed class LibraryCaseVector
{
    public LibraryCaseVector(Guid caseId, string embedderVersion, int dimensions, byte[] values)
    {
        CaseId = caseId;
        EmbedderVersion = embedderVersion;
        Dimensions = dimensions;
        Values = values;
    }

    public Guid CaseId { get; private set; }

    public string EmbedderVersion { get; private set; }

    public int Dimensions { get; private set; }

    public byte[] Values { get; private set; }

    public void Replace(string embedderVersion, int dimensions, byte[] values)
    {
        EmbedderVersion = embedderVersion;
        Dimensions = dimensions;
        Values = values;
    }
}
