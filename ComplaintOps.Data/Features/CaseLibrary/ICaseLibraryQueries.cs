using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>Reads of the case library: detail, word search, and the rows the similar-case index is built from.</summary>
public interface ICaseLibraryQueries
{
    Task<LibraryCaseDetail?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The case made from this complaint, if it was promoted.</summary>
    Task<Guid?> FindByComplaintAsync(Guid complaintId, CancellationToken cancellationToken);

    /// <summary>
    /// The customer's clear name, phone, e-mail, ID number and account, only to remove them from text that leaves the
    /// complaint (promotion draft, similar-case search): never shown, so not an unmasking. Empty for an unknown complaint.
    /// </summary>
    Task<IReadOnlyList<string>> PersonalValuesAsync(Guid complaintId, CancellationToken cancellationToken);

    /// <summary>Word search (any of the query's words, most words first, then BM25) or, without words, the newest cases; filters apply to both.</summary>
    Task<CaseSearchResult> SearchAsync(CaseSearchQuery query, CancellationToken cancellationToken);

    /// <summary>Title, category and topic of the given cases, in the order asked (unknown ids are left out).</summary>
    Task<IReadOnlyList<CaseSearchHit>> GetHitsAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The topics cases are filed under, for the filter.</summary>
    Task<IReadOnlyList<TopicKey>> TopicsAsync(CancellationToken cancellationToken);

    /// <summary>Products of library cases, for the filter.</summary>
    Task<IReadOnlyList<string>> ProductsAsync(CancellationToken cancellationToken);

    /// <summary>Keyset page of index rows by id; the vector is attached only if it was made by <paramref name="embedderVersion"/>.</summary>
    Task<IReadOnlyList<CaseIndexRow>> ReadIndexRowsAsync(Guid? afterId, int take, string embedderVersion, CancellationToken cancellationToken);
}
