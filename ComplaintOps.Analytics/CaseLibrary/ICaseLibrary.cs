using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>The case-library use cases that need the text model: promotion (with its vector) and "similar cases".</summary>
public interface ICaseLibrary
{
    /// <summary>The dialog's prefill for <paramref name="complaint"/>, with the customer's data masked.</summary>
    Task<PromotionDraft> DraftAsync(ComplaintDetail complaint, CancellationToken cancellationToken);

    /// <summary>Promotes (rules in <see cref="ICaseLibraryCommands.PromoteAsync"/>), then adds the case to the similar-case index.</summary>
    Task<LibraryCaseDetail> PromoteAsync(CasePromotion promotion, Actor actor, CancellationToken cancellationToken);

    /// <summary>Library cases most like the complaint's anonymised subject and description (never its own case).</summary>
    Task<IReadOnlyList<SimilarCase>> SimilarToComplaintAsync(ComplaintDetail complaint, int k, string? category, TopicKey? topic, CancellationToken cancellationToken);

    /// <summary>Library cases most like another library case.</summary>
    Task<IReadOnlyList<SimilarCase>> SimilarToCaseAsync(Guid caseId, int k, CancellationToken cancellationToken);

    /// <summary>Loads the index from the stored vectors once (embedding and storing any the current embedder did not make).</summary>
    Task EnsureIndexAsync(CancellationToken cancellationToken);
}
