using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>
/// The case library's word index: per case its index words with their counts (<see cref="LibraryCaseTerm"/>, the
/// postings) and its length and segmenter version (<see cref="LibraryCaseDocument"/>), written in the same transaction
/// as the case. Plain tables in the shared database, not a provider's full-text engine (SQLite FTS5, PostgreSQL tsvector
/// and SQL Server full-text each tokenize, rank and are queried differently, and none of them has jieba's Chinese
/// words): one code path for all three providers, and every instance reads the same index the moment a promotion
/// commits, with no per-instance index to rebuild at start-up or keep in step through a change stream.
/// </summary>
public sealed partial class CaseTextIndex(IDbContextFactory<ComplaintOpsDbContext> dbFactory, ILogger<CaseTextIndex> logger) : IDisposable
{
    /// <summary>Cases re-indexed per transaction when the segmenter changed.</summary>
    public const int ReindexPageSize = 200;

    private const int MaxConflicts = 5;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _current;

    /// <summary>The stored form of a word: the index key is at most <see cref="LibraryCaseLimits.Term"/> characters long.</summary>
    public static string Term(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > LibraryCaseLimits.Term ? word[..LibraryCaseLimits.Term] : word;
    }

    /// <summary>Adds the postings and the document row of <paramref name="libraryCase"/> to <paramref name="db"/> (saved by the caller).</summary>
    public static void Add(ComplaintOpsDbContext db, LibraryCase libraryCase)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(libraryCase);
        var words = WordSegmenter.IndexWords(libraryCase.SearchText);
        db.LibraryCaseTerms.AddRange(words.CountBy(Term).Select(w => new LibraryCaseTerm(w.Key, libraryCase.Id, w.Value, words.Count)));
        db.LibraryCaseDocuments.Add(new LibraryCaseDocument(libraryCase.Id, WordSegmenter.Version, words.Count));
    }

    /// <summary>
    /// Re-indexes every case not indexed by the current <see cref="WordSegmenter.Version"/> (cases stored before the word
    /// index, or by an older dictionary), in pages; once per process, then a no-op. Called at start-up and before the
    /// first search. Another instance doing the same at the same moment makes a page fail on its keys: it is read again.
    /// </summary>
    public async Task<int> EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        if (_current)
        {
            return 0;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current)
            {
                return 0;
            }

            var (indexed, conflicts) = (0, 0);
            while (await ReindexPageAsync(cancellationToken) is var page && page != 0)
            {
                if (page > 0)
                {
                    indexed += page;
                }
                else if (++conflicts > MaxConflicts)
                {
                    throw new InvalidOperationException($"The case library's word index could not be rebuilt: {MaxConflicts} write conflicts.");
                }
            }

            if (indexed > 0)
            {
                LogReindexed(indexed, WordSegmenter.Version);
            }

            _current = true;
            return indexed;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Cases re-indexed; 0 when none was stale; −1 when another writer got there first.</summary>
    private async Task<int> ReindexPageAsync(CancellationToken cancellationToken)
    {
        var version = WordSegmenter.Version;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stale = await db.LibraryCases.AsNoTracking()
            .Where(c => !db.LibraryCaseDocuments.Any(d => d.CaseId == c.Id && d.IndexVersion == version))
            .OrderBy(c => c.Id).Take(ReindexPageSize).ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return 0;
        }

        var ids = stale.ConvertAll(c => c.Id);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LibraryCaseTerms.Where(t => ids.Contains(t.CaseId)).ExecuteDeleteAsync(cancellationToken);
        await db.LibraryCaseDocuments.Where(d => ids.Contains(d.CaseId)).ExecuteDeleteAsync(cancellationToken);
        stale.ForEach(c => Add(db, c));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return stale.Count;
        }
        catch (DbUpdateException)
        {
            return -1;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-indexed {Count} library cases for search with word segmenter {Version}.")]
    private partial void LogReindexed(int count, string version);
}
