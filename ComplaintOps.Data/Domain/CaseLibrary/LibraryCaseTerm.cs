namespace ComplaintOps.Data.Domain.CaseLibrary;

/// <summary>
/// One row of the portable inverted index: the case contains <see cref="Term"/> <see cref="Count"/> times.
/// Plain rows on a (Term, CaseId) key search the same way on SQLite, PostgreSQL and SQL Server.
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
