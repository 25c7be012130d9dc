namespace ComplaintOps.Data.Domain.CaseLibrary;

/// <summary>
/// One posting of the portable word index: the case's text has the index word <see cref="Term"/> <see cref="Count"/> times
/// (BM25's term frequency). Plain rows on a (Term, CaseId) key search the same way on SQLite, PostgreSQL and SQL Server.
/// </summary>
public sealed class LibraryCaseTerm
{
    public LibraryCaseTerm(string term, Guid caseId, int count)
    {
        Term = term;
        CaseId = caseId;
        Count = count;
    }

    public string Term { get; private set; }

    public Guid CaseId { get; private set; }

    public int Count { get; private set; }
}
