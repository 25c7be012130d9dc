using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Text;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>
/// Reads of the case library. Search runs on the word index (<see cref="CaseTextIndex"/>): the query's words
/// (<see cref="WordSegmenter.QueryWords"/>) select the candidate postings, the database sums their BM25 weights per case
/// (<see cref="Bm25.WeightOf"/>) and returns one page, ranked by how many distinct query words a case has, then by BM25.
/// </summary>
public sealed class CaseLibraryQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory, CaseTextIndex index) : ICaseLibraryQueries
{
    /// <summary>Matches ranked in memory after one aggregation in the database (a few hundred KB of rows at most).</summary>
    public const int DefaultRankedInMemory = 20_000;

    /// <summary>See <see cref="DefaultRankedInMemory"/>; tests lower it to rank in the database.</summary>
    internal int RankedInMemory { get; init; } = DefaultRankedInMemory;

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
        await index.EnsureCurrentAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        List<string> words = [.. WordSegmenter.QueryWords(query.Text).Select(CaseTextIndex.Term).Distinct(StringComparer.Ordinal)];
        return words.Count == 0 ? await BrowseAsync(db, query, cancellationToken) : await FindAsync(db, query, words, RankedInMemory, cancellationToken);
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

    public async Task<IReadOnlyList<string>> ProductsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LibraryCases.Where(c => c.Product != null).Select(c => c.Product!).Distinct().OrderBy(p => p).Take(500).ToListAsync(cancellationToken);
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

    private static (int Skip, int Take) Page(CaseSearchQuery query) => (Math.Max(0, query.Skip), Math.Clamp(query.Take, 1, 100));

    private static async Task<CaseSearchResult> BrowseAsync(ComplaintOpsDbContext db, CaseSearchQuery query, CancellationToken cancellationToken)
    {
        var (skip, take) = Page(query);
        var all = Filter(db.LibraryCases.AsNoTracking(), query);
        var total = await all.CountAsync(cancellationToken);
        var page = await all.OrderByDescending(c => c.PromotedAtUtc).ThenBy(c => c.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new CaseSearchResult([.. page.Select(c => ToHit(c, 0, []))], total);
    }

    private static async Task<CaseSearchResult> FindAsync(
        ComplaintOpsDbContext db, CaseSearchQuery query, List<string> words, int rankedInMemory, CancellationToken cancellationToken)
    {
        var version = WordSegmenter.Version;
        var frequencies = await db.LibraryCaseTerms.Where(t => words.Contains(t.Term)).GroupBy(t => t.Term)
            .Select(g => new { Term = g.Key, Count = g.Count() }).ToDictionaryAsync(f => f.Term, f => f.Count, StringComparer.Ordinal, cancellationToken);
        words = [.. words.Where(frequencies.ContainsKey)];
        var stats = await db.LibraryCaseDocuments.Where(d => d.IndexVersion == version).GroupBy(d => 1)
            .Select(g => new { Documents = g.Count(), Words = g.Sum(d => (long)d.Length) }).SingleOrDefaultAsync(cancellationToken);
        if (words.Count == 0 || stats is null)
        {
            return new CaseSearchResult([], 0);   // no case has any of the words
        }

        // Without a filter the postings alone are ranked; a filter joins each posting's case.
        var bm25 = new Bm25(stats.Documents, Math.Max(1, (double)stats.Words / stats.Documents));
        var postings = db.LibraryCaseTerms.Where(t => words.Contains(t.Term));
        if (Filtered(query))
        {
            postings = from t in postings join c in Filter(db.LibraryCases, query) on t.CaseId equals c.Id select t;
        }

        var scored = postings.Select(t => new CasePosting { CaseId = t.CaseId, Term = t.Term, Count = t.Count, Length = t.CaseLength })
            .Select(bm25.WeightOf(words.ToDictionary(w => w, w => bm25.Idf(frequencies[w]), StringComparer.Ordinal)))
            .GroupBy(p => p.CaseId)
            .Select(g => new ScoredCase { CaseId = g.Key, Words = g.Count(), Score = g.Sum(p => p.Weight) });
        var (skip, take) = Page(query);
        var (ranked, matches) = await RankAsync(scored, skip, take, rankedInMemory, cancellationToken);
        var ids = ranked.ConvertAll(s => s.CaseId);
        var rows = await db.LibraryCases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var found = (await db.LibraryCaseTerms.Where(t => ids.Contains(t.CaseId) && words.Contains(t.Term)).Select(t => new { t.CaseId, t.Term })
            .ToListAsync(cancellationToken)).ToLookup(t => t.CaseId, t => t.Term);
        var hits = ranked.Where(s => rows.ContainsKey(s.CaseId))
            .Select(s => ToHit(rows[s.CaseId], s.Score, [.. words.Where(w => found[s.CaseId].Contains(w))])).ToList();
        return new CaseSearchResult(hits, matches);
    }

    /// <summary>
    /// One page of the scored cases and how many there are. Up to <paramref name="rankedInMemory"/> matches the database
    /// aggregates once and the page is sorted here (one pass over the postings instead of a count, a grouping and a sort
    /// in the database); beyond that the database counts and sorts.
    /// </summary>
    private static async Task<(List<ScoredCase> Page, int Total)> RankAsync(
        IQueryable<ScoredCase> scored, int skip, int take, int rankedInMemory, CancellationToken cancellationToken)
    {
        var all = await scored.Take(rankedInMemory + 1).ToListAsync(cancellationToken);
        if (all.Count <= rankedInMemory)
        {
            return ([.. all.OrderByDescending(s => s.Words).ThenByDescending(s => s.Score).ThenBy(s => s.CaseId).Skip(skip).Take(take)], all.Count);
        }

        var total = await scored.CountAsync(cancellationToken);
        var page = await scored.OrderByDescending(s => s.Words).ThenByDescending(s => s.Score).ThenBy(s => s.CaseId).Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return (page, total);
    }

    private static bool Filtered(CaseSearchQuery query) =>
        query.Category is { Length: > 0 } || query.Topic is not null || query.Product is { Length: > 0 } || query.Outcome is not null;

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

        if (query.Product is { Length: > 0 } product)
        {
            cases = cases.Where(c => c.Product == product);
        }

        if (query.Outcome is { } outcome)
        {
            cases = cases.Where(c => c.Outcome == outcome);
        }

        return cases;
    }

    private static CaseSearchHit ToHit(LibraryCase c, double score, IReadOnlyList<string> matchedWords) =>
        new(c.Id, c.Reference, c.Title, c.Category, c.Topic, CaseSnippet.Around(c.Summary, matchedWords), score, c.PromotedAtUtc, matchedWords);
}
