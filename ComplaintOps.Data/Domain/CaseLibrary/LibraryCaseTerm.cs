namespace ComplaintOps.Data.Domain.CaseLibrary;

/// <summary>
/// One posting of the portable word index: the case's text has the index word <see cref="Term"/> <see cref="Count"/> times
/// (BM25's term frequency) among <see cref="CaseLength"/> index words (BM25's document length, repeated on each posting so
/// ranking reads the postings alone). Plain rows on a (Term, CaseId) key search the same way on SQLite, PostgreSQL and
/// SQL Server.
/// </summary>
public sealed class LibraryCaseTerm
{
    public LibraryCaseTerm(string term, Guid caseId, int count, int caseLength)
    {
        Term = term;
        CaseId = caseId;
        Count = count;
        CaseLength = caseLength;
    }

    public string Term { get; private set; }

    public Guid CaseId { get; private set; }

    public int Count { get; private set; }

    public int CaseLength { get; private set; }
}
