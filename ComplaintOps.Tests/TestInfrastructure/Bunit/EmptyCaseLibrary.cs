using ComplaintOps.Analytics.CaseLibrary;
using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Complaints;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>
/// An empty case library for component tests that are not about it (the complaint page shows similar cases).
/// The case-library component tests replace it with the real services on SQLite (<c>CaseLibraryStack</c>).
/// </summary>
public sealed class EmptyCaseLibrary : ICaseLibraryQueries, ICaseLibrary
{
    public Task<LibraryCaseDetail?> GetAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<LibraryCaseDetail?>(null);

    public Task<Guid?> FindByComplaintAsync(Guid complaintId, CancellationToken cancellationToken) => Task.FromResult<Guid?>(null);

    public Task<CaseSearchResult> SearchAsync(CaseSearchQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(new CaseSearchResult([], 0));

    public Task<IReadOnlyList<CaseSearchHit>> GetHitsAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaseSearchHit>>([]);

    public Task<IReadOnlyList<TopicKey>> TopicsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TopicKey>>([]);

    public Task<IReadOnlyList<string>> ProductsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

    public Task<IReadOnlyList<CaseIndexRow>> ReadIndexRowsAsync(Guid? afterId, int take, string embedderVersion, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaseIndexRow>>([]);

    public Task<IReadOnlyList<string>> PersonalValuesAsync(Guid complaintId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

    public Task<PromotionDraft> DraftAsync(ComplaintDetail complaint, CancellationToken cancellationToken) => Task.FromResult(new PromotionDraft("", "", "", "", ""));

    public Task<LibraryCaseDetail> PromoteAsync(CasePromotion promotion, Actor actor, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The empty case library does not promote.");

    public Task<IReadOnlyList<SimilarCase>> SimilarToComplaintAsync(ComplaintDetail complaint, int k, string? category, TopicKey? topic, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SimilarCase>>([]);

    public Task<IReadOnlyList<SimilarCase>> SimilarToCaseAsync(Guid caseId, int k, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SimilarCase>>([]);

    public Task EnsureIndexAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
