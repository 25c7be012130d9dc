namespace ComplaintOps.Data.Domain.Governance;

/// <summary>A staff member invited to a meeting, named as they were when it was created.</summary>
public sealed record MeetingParticipant(string StaffId, string Name, string? Department);
