using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>
/// Search on the portable inverted index (LibraryCaseTerms, keyed by (Term, CaseId)). A case matches when it has every
/// query term. The rarest term drives the query (an index range), each other term is one key lookup per candidate,
/// and at most <see cref="CaseSearchResult.MaxMatches"/> matches are ranked (BM25 without length normalisation).
/// </summary>
public sealed class CaseLibraryQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory) : ICaseLibraryQueries
{
    private const double K1 = 1.2;

    /// <summary>Document frequencies are counted up to this: enough to order terms and weigh them, cheap for very common ones.</summary>
    private const int MaxCountedFrequency = 100_000;

    public async Task<LibraryCaseDetail?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.LibraryCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return entity is null ? null : ToDetail(entity);
    }

    public async Task<Guid?> FindByComplaintAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LibraryCases.Where(c => c.ComplaintId == complaintId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> PersonalValuesAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var values = await db.Complaints.AsNoTracking().Where(c => c.Id == complaintId)
            .Select(c => new[] { c.CustomerName, c.CustomerPhone, c.CustomerEmail, c.CustomerIdNumber, c.CustomerAccount })
            .SingleOrDefaultAsync(cancellationToken);
        return values is null ? [] : [.. values.OfType<string>()];
    }

    public async Task<CaseSearchResult> SearchAsync(CaseSearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var skip = Math.Max(0, query.Skip);
        var take = Math.Clamp(query.Take, 1, 100);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var terms = CaseTextTokenizer.QueryTerms(query.Text);
        if (terms.Count == 0)
        {
            var all = Filter(db.LibraryCases.AsNoTracking(), query);
            var total = await all.CountAsync(cancellationToken);
            var page = await all.OrderByDescending(c => c.PromotedAtUtc).ThenBy(c => c.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
            return new CaseSearchResult([.. page.Select(c => ToHit(c, 0, []))], total, MoreThanTotal: false);
        }

        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            frequencies[term] = await db.LibraryCaseTerms.Where(t => t.Term == term).Take(MaxCountedFrequency).CountAsync(cancellationToken);
            if (frequencies[term] == 0)
            {
                return new CaseSearchResult([], 0, MoreThanTotal: false);   // a term nobody has: no case has them all
            }
        }

        var ordered = terms.OrderBy(t => frequencies[t]).ToList();
        var rarest = ordered[0];
        var matches = from t in db.LibraryCaseTerms
                      where t.Term == rarest
                      join c in Filter(db.LibraryCases, query) on t.CaseId equals c.Id
                      select c.Id;
        foreach (var other in ordered.Skip(1))
        {
            matches = matches.Where(id => db.LibraryCaseTerms.Any(o => o.Term == other && o.CaseId == id));
        }

        var ids = await matches.Take(CaseSearchResult.MaxMatches + 1).ToListAsync(cancellationToken);
        var more = ids.Count > CaseSearchResult.MaxMatches;
        if (more)
        {
            ids.RemoveAt(ids.Count - 1);
        }

        if (ids.Count == 0)
        {
            return new CaseSearchResult([], 0, MoreThanTotal: false);
        }

        var documents = await db.LibraryCases.CountAsync(cancellationToken);
        var counts = await db.LibraryCaseTerms.Where(t => ids.Contains(t.CaseId) && terms.Contains(t.Term))
            .Select(t => new { t.CaseId, t.Term, t.Count }).ToListAsync(cancellationToken);
        var scores = counts.GroupBy(c => c.CaseId).ToDictionary(g => g.Key, g => g.Sum(c => Weight(c.Count, frequencies[c.Term], documents)));
        var pageIds = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Skip(skip).Take(take).Select(s => s.Key).ToList();
        var rows = await db.LibraryCases.AsNoTracking().Where(c => pageIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var hits = pageIds.Where(rows.ContainsKey).Select(id => ToHit(rows[id], scores[id], terms)).ToList();
        return new CaseSearchResult(hits, ids.Count, more);
    }

    public async Task<IReadOnlyList<CaseSearchHit>> GetHitsAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var list = ids.ToList();
        var rows = await db.LibraryCases.AsNoTracking().Where(c => list.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. list.Where(rows.ContainsKey).Select(id => ToHit(rows[id], 0, []))];
    }

    public async Task<IReadOnlyList<TopicKey>> TopicsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.LibraryCases.Where(c => c.TopicId != null).Select(c => c.TopicId!.Value).Distinct().OrderBy(id => id).Take(500)
            .ToListAsync(cancellationToken);
        return [.. ids.Select(id => new TopicKey(id))];
    }

    public async Task<IReadOnlyList<CaseIndexRow>> ReadIndexRowsAsync(Guid? afterId, int take, string embedderVersion, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cases = db.LibraryCases.AsNoTracking();
        if (afterId is { } after)
        {
            cases = cases.Where(c => c.Id.CompareTo(after) > 0);
        }

        var rows = await (from c in cases.OrderBy(c => c.Id).Take(Math.Clamp(take, 1, 10_000))
                          join v in db.LibraryCaseVectors.Where(v => v.EmbedderVersion == embedderVersion) on c.Id equals v.CaseId into vs
                          from v in vs.DefaultIfEmpty()
                          orderby c.Id
                          select new { c.Id, c.Category, c.TopicId, c.Title, c.Summary, c.RootCause, Values = v == null ? null : v.Values })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CaseIndexRow(r.Id, r.Category, TopicKey.From(r.TopicId), EmbeddingText(r.Title, r.Summary, r.RootCause),
            r.Values is null ? null : CaseVector.FromBytes(embedderVersion, r.Values)))];
    }

    /// <summary>What a case is compared by in "similar cases": its title, story and root cause.</summary>
    public static string EmbeddingText(string title, string summary, string rootCause) => string.Join('\n', title, summary, rootCause);

    internal static LibraryCaseDetail ToDetail(LibraryCase c) =>
        new(c.Id, c.ComplaintId, c.Reference, c.Title, c.Summary, c.RootCause, c.Resolution, c.Lessons, c.Category, c.Topic, c.Language,
            c.PromotedByName, c.PromotedAtUtc, c.Version);

    private static IQueryable<LibraryCase> Filter(IQueryable<LibraryCase> cases, CaseSearchQuery query)
    {
        if (query.Category is { Length: > 0 } category)
        {
            cases = cases.Where(c => c.Category == category);
        }

        if (query.Topic is { } topic)
        {
            cases = cases.Where(c => c.TopicId == topic.Value);
        }

        return cases;
    }

    private static double Weight(int count, int documentFrequency, int documents)
    {
        var idf = Math.Log(1 + ((documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));
        return idf * count * (K1 + 1) / (count + K1);
    }

    private static CaseSearchHit ToHit(LibraryCase c, double score, IReadOnlyList<string> terms) =>
        new(c.Id, c.Reference, c.Title, c.Category, c.Topic, CaseSnippet.Around(c.Summary, terms), score, c.PromotedAtUtc);
}
