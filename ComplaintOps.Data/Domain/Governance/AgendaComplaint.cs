namespace ComplaintOps.Data.Domain.Governance;

/// <summary>A complaint behind an agenda item as it was at creation: its id, reference and subject (masked before it is copied).</summary>
public sealed record AgendaComplaint(Guid ComplaintId, string Reference, string Subject);
