using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>Writes of the case library.</summary>
public interface ICaseLibraryCommands
{
    /// <summary>
    /// Promotes a closed complaint once: validates (<see cref="CasePromotionValidator"/>), stores the case, its search
    /// terms and, if given, its vector in one transaction. Throws and changes nothing when any rule fails.
    /// </summary>
    Task<LibraryCaseDetail> PromoteAsync(CasePromotion promotion, Actor actor, CaseVector? vector, CancellationToken cancellationToken);

    /// <summary>Stores (or replaces) vectors made by a newer embedder.</summary>
    Task SaveVectorsAsync(IReadOnlyList<(Guid CaseId, CaseVector Vector)> vectors, CancellationToken cancellationToken);
}
