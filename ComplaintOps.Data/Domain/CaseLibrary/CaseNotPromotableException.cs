using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;

namespace ComplaintOps.Data.Domain.CaseLibrary;

/// <summary>Only a closed complaint can become a library case.</summary>
public sealed class CaseNotPromotableException(string reference, ComplaintStatus status)
    : DomainException("case_not_promotable", $"Complaint {reference} is {status}: only a closed complaint can be promoted to the case library.")
{
    public ComplaintStatus Status { get; } = status;
}
