namespace ComplaintOps.Data.Domain.Governance;

/// <summary>A staff member invited to a meeting, named (in both languages) as they were when it was created.</summary>
public sealed record MeetingParticipant(string StaffId, string Name, string NameEn, string? Department);
