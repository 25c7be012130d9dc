namespace ComplaintOps.Data.Domain.CaseLibrary;

/// <summary>
/// A case as the word index knows it: how many index words its text has (<see cref="Length"/>, for BM25's average
/// document length) and which word segmenter made them (<see cref="IndexVersion"/>). A case whose row is missing or of another version
/// is indexed again: that is how an upgrade of the segmenter or of its dictionary reaches cases already stored.
/// </summary>
public sealed class LibraryCaseDocument
{
    public LibraryCaseDocument(Guid caseId, string indexVersion, int length)
    {
        CaseId = caseId;
        IndexVersion = indexVersion;
        Length = length;
    }

    public Guid CaseId { get; private set; }

    public string IndexVersion { get; private set; }

    public int Length { get; private set; }
}
