using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.CaseLibrary;

/// <summary>A complaint is promoted at most once; the existing case is named so the caller can open it.</summary>
public sealed class CaseAlreadyPromotedException(string reference, Guid existingCaseId)
    : DomainException("case_already_promoted", $"Complaint {reference} is already in the case library.")
{
    public Guid ExistingCaseId { get; } = existingCaseId;
}
