using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Governance;

/// <summary>A meeting in the list; <see cref="ItemCount"/> counts the items the viewer sees.</summary>
public sealed record MeetingRow(Guid Id, string Title, DateOnly PeriodFrom, DateOnly PeriodTo, DateTimeOffset HeldAtUtc, MeetingStatus Status, string ChairName,
    int ItemCount, int ActionCount);

/// <summary>
/// A meeting as its page, presentation and minutes show it: only the items and actions the viewer may see, with what they
/// may do (<see cref="CanRun"/>: record findings, hold, close; <see cref="CanManageActions"/>: add action items).
/// </summary>
public sealed record MeetingDetail(Guid Id, string Title, DateOnly PeriodFrom, DateOnly PeriodTo, DateTimeOffset HeldAtUtc, MeetingStatus Status,
    string ChairName, IReadOnlyList<MeetingParticipant> Participants, IReadOnlyList<AgendaItemDto> Items, IReadOnlyList<RootCauseActionDto> Actions,
    DateTimeOffset CreatedAtUtc, string CreatedByName, int Version)
{
    public bool CanRun { get; init; }

    public bool CanManageActions { get; init; }

    /// <summary>True when the viewer sees only their department's items.</summary>
    public bool Scoped { get; init; }

    public IReadOnlyList<GovernanceEventDto> History { get; init; } = [];

    public IReadOnlyList<RootCauseActionDto> ActionsOf(Guid itemId) => [.. Actions.Where(a => a.AgendaItemId == itemId)];
}

/// <summary>An agenda item's frozen snapshot and what the room recorded about it.</summary>
public sealed record AgendaItemDto(Guid Id, int Position, AgendaItemKind Kind, string Title, TopicKey? Topic, string? TopicName, string? Product,
    string? Department, IReadOnlyList<AgendaFigure> Figures, IReadOnlyList<AgendaComplaint> Complaints, int ComplaintTotal, DateOnly SeriesStart,
    IReadOnlyList<int> WeeklyCounts, Guid? ActionId, string? Findings, string? RootCause, string? ResponsibleDepartment)
{
    public static AgendaItemDto Of(AgendaItem i) => new(i.Id, i.Position, i.Kind, i.Title, i.Topic, i.TopicName, i.Product, i.Department, i.Figures,
        i.Complaints, i.ComplaintTotal, i.SeriesStart, i.WeeklyCounts, i.ActionId, i.Findings, i.RootCause, i.ResponsibleDepartment);
}

/// <summary>A meeting to prepare: its title, the period its agenda covers (local dates, both included), when it meets and who attends (staff ids; the first chairs).</summary>
public sealed record NewMeeting(string Title, DateOnly PeriodFrom, DateOnly PeriodTo, DateTimeOffset HeldAtUtc, IReadOnlyList<string> ParticipantIds);

/// <summary>What the room recorded about one item.</summary>
public sealed record ItemFinding(string? Findings, string? RootCause, string? ResponsibleDepartment);

/// <summary>
/// An item's figures as they are now, for the meeting room (the agenda itself stays as frozen): complaints on its topic,
/// product or department in the last seven days and those still open.
/// </summary>
public sealed record LiveFigures(Guid ItemId, int LastSevenDays, int Open);

/// <summary>What an action item can be against besides topics, categories and departments: the products complaints name and the active partners.</summary>
public sealed record TargetChoices(IReadOnlyList<string> Products, IReadOnlyList<PartnerChoice> Partners);

/// <summary>A partner as a picker shows it.</summary>
public sealed record PartnerChoice(string Code, string Name, string NameEn);
