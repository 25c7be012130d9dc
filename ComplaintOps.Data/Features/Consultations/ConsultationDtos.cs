using ComplaintOps.Data.Domain.Consultations;

namespace ComplaintOps.Data.Features.Consultations;

/// <summary>What a consultation is opened with.</summary>
public sealed record NewConsultation(IReadOnlyList<string> Departments, string Question);

/// <summary>One invited department and what it said (null while waiting).</summary>
public sealed record OpinionView(string Department, string? Opinion, string? AuthorName, DateTimeOffset? RecordedAtUtc);

public sealed record ConsultationEventView(ConsultationEventKind Kind, string? Department, string Text, string ActorName, DateTimeOffset AtUtc);

/// <summary>
/// A consultation as the complaint page shows it to <c>viewer</c>: <see cref="CanAnswer"/> is true when the viewer speaks
/// for an invited department still open to an opinion, <see cref="CanClose"/> when the viewer opened it and it is open.
/// </summary>
public sealed record ConsultationView(
    Guid Id,
    Guid ComplaintId,
    string ComplaintReference,
    string Question,
    ConsultationStatus Status,
    string OpenedByName,
    DateTimeOffset OpenedAtUtc,
    string? Conclusion,
    DateTimeOffset? ClosedAtUtc,
    int Version,
    IReadOnlyList<OpinionView> Opinions,
    IReadOnlyList<ConsultationEventView> Events,
    bool CanAnswer,
    bool CanClose);

/// <summary>A line of the consultation work list.</summary>
public sealed record ConsultationRow(Guid Id, Guid ComplaintId, string ComplaintReference, string Question, string OpenedByName,
    DateTimeOffset OpenedAtUtc, IReadOnlyList<string> Waiting, int Invited, int Version);

/// <summary>The work list: open consultations waiting for the viewer's department, and the open ones the viewer opened.</summary>
public sealed record ConsultationWorkList(IReadOnlyList<ConsultationRow> WaitingForMyDepartment, IReadOnlyList<ConsultationRow> OpenedByMe);
