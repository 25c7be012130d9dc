using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>Raised for every history entry; published after the commit for live views.</summary>
public sealed record ComplaintChangedEvent(
    Guid ComplaintId,
    string Reference,
    string Kind,
    ComplaintStatus? FromStatus,
    ComplaintStatus ToStatus,
    string? Department,
    string ActorName,
    DateTimeOffset OccurredAtUtc) : IDomainEvent;
