using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Text;

namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>
/// Keeps the similar-case index in step with the library. The index is loaded once, in pages of stored vectors; cases
/// without a vector of the current embedder (demo cases, or after a model change) are embedded then and their vectors stored.
/// </summary>
public sealed class CaseLibraryService(ICaseLibraryQueries queries, ICaseLibraryCommands commands, ITextEmbedder embedder, SimilarCaseIndex index)
    : ICaseLibrary, IDisposable
{
    public const int LoadPageSize = 2000;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _loaded;

    // The detail DTO carries only masked personal data; the clear values to remove come from the database.
    public async Task<PromotionDraft> DraftAsync(ComplaintDetail complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var personal = await queries.PersonalValuesAsync(complaint.Id, cancellationToken);
        string Mask(string? text) => PiiMasker.MaskCustomer(text, personal);
        return new PromotionDraft(Mask(complaint.Subject), Mask(complaint.Description), Mask(complaint.RootCause), Mask(complaint.Measures), "");
    }

    public async Task<LibraryCaseDetail> PromoteAsync(CasePromotion promotion, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(promotion);
        var values = embedder.Embed(CaseLibraryQueries.EmbeddingText(promotion.Title ?? "", promotion.Summary ?? "", promotion.RootCause ?? ""));
        var detail = await commands.PromoteAsync(promotion, actor, new CaseVector(embedder.Version, values), cancellationToken);

        // Always, even while the index loads: the loader's upsert of the same case is idempotent, and its initial Clear
        // happens before it reads the committed case back.
        index.Upsert(detail.Id, detail.Category, detail.Topic, values);
        return detail;
    }

    public async Task<IReadOnlyList<SimilarCase>> SimilarToComplaintAsync(
        ComplaintDetail complaint, int k, string? category, TopicKey? topic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        await EnsureIndexAsync(cancellationToken);
        var text = PiiMasker.MaskCustomer(complaint.Subject + "\n" + complaint.Description, await queries.PersonalValuesAsync(complaint.Id, cancellationToken));
        var own = await queries.FindByComplaintAsync(complaint.Id, cancellationToken);
        return await HitsAsync(index.Search(embedder.Embed(text), k, category, topic, own), cancellationToken);
    }

    public async Task<IReadOnlyList<SimilarCase>> SimilarToCaseAsync(Guid caseId, int k, CancellationToken cancellationToken)
    {
        await EnsureIndexAsync(cancellationToken);
        if (await queries.GetAsync(caseId, cancellationToken) is not { } detail)
        {
            return [];
        }

        var vector = embedder.Embed(CaseLibraryQueries.EmbeddingText(detail.Title, detail.Summary, detail.RootCause));
        return await HitsAsync(index.Search(vector, k, excludeCaseId: caseId), cancellationToken);
    }

    public async Task EnsureIndexAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_loaded)
            {
                return;
            }

            index.Clear();
            Guid? after = null;
            while (true)
            {
                var rows = await queries.ReadIndexRowsAsync(after, LoadPageSize, embedder.Version, cancellationToken);
                var made = new List<(Guid, CaseVector)>();
                foreach (var row in rows)
                {
                    var values = row.Vector?.Values is { } stored && stored.Length == embedder.Dimensions ? stored : null;
                    if (values is null)
                    {
                        values = embedder.Embed(row.Text);
                        made.Add((row.Id, new CaseVector(embedder.Version, values)));
                    }

                    index.Upsert(row.Id, row.Category, row.Topic, values);
                }

                await commands.SaveVectorsAsync(made, cancellationToken);
                if (rows.Count < LoadPageSize)
                {
                    break;
                }

                after = rows[^1].Id;
            }

            _loaded = true;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    private async Task<IReadOnlyList<SimilarCase>> HitsAsync(IReadOnlyList<SimilarCaseHit> hits, CancellationToken cancellationToken)
    {
        var cases = (await queries.GetHitsAsync([.. hits.Select(h => h.CaseId)], cancellationToken)).ToDictionary(c => c.Id);
        return [.. hits.Where(h => cases.ContainsKey(h.CaseId)).Select(h => new SimilarCase(cases[h.CaseId], h.Similarity))];
    }
}
