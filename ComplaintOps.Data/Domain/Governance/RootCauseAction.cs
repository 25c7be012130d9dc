using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Governance;

/// <summary>
/// An action item (DESIGN §4; "action item" in the UI) against the root cause behind a topic, category, product, department
/// or partner (<see cref="RootCauseTarget"/>), usually decided at a joint review meeting (<see cref="MeetingId"/>), but a
/// topic page or hotspot may create one without a meeting. Its owner is a staff member who may record progress and complete
/// it with evidence; managing it takes <see cref="Permission.ManageImprovementActions"/>. The completion date is what the
/// effect (before vs after) is measured from, so it is set once, when the action is done, and never moves. Every change
/// leaves a <see cref="GovernanceEvent"/> in <see cref="NewEvents"/> for the store to write in the same transaction.
/// </summary>
public sealed class RootCauseAction
{
    public const int TitleLength = 200;
    public const int OwnerLength = 100;
    public const int TextLength = 2000;

    private readonly List<GovernanceEvent> _newEvents = [];

    private RootCauseAction()
    {
    }

    public Guid Id { get; private set; }

    public RootCauseTargetKind TargetKind { get; private set; }

    /// <summary>The topic the action is against, when <see cref="TargetKind"/> is Topic.</summary>
    public int? TopicId { get; private set; }

    /// <summary>
    /// The category, product, department or partner code. Actions made before lasting topics may hold a legacy "v3:12"
    /// cluster key as a category: it names no topic any more and measures nothing (see the TopicReferences migration).
    /// </summary>
    public string? TargetCode { get; private set; }

    public RootCauseTarget Target => RootCauseTarget.Of(TargetKind, TopicId, TargetCode);

    public string Title { get; private set; } = "";

    /// <summary>The owner's staff id; blank on actions made before owners were staff members (free-text name only).</summary>
    public string OwnerId { get; private set; } = "";

    public string OwnerName { get; private set; } = "";

    /// <summary>The department that answers for the action; its head is alerted when the action is overdue.</summary>
    public string? Department { get; private set; }

    public DateOnly DueDate { get; private set; }

    public RootCauseActionStatus Status { get; private set; }

    /// <summary>The owner's latest progress note.</summary>
    public string? Progress { get; private set; }

    /// <summary>What shows the action was done (required to complete it).</summary>
    public string? Evidence { get; private set; }

    /// <summary>The local date the action was done, as its owner states it (≤ the day it was recorded).</summary>
    public DateOnly? CompletedOn { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private set; }

    /// <summary>When completion was recorded; the effect is measured from here.</summary>
    public DateTimeOffset? CompletedAtUtc { get; private set; }

    /// <summary>When the overdue action was escalated to its department's head (once).</summary>
    public DateTimeOffset? EscalatedAtUtc { get; private set; }

    /// <summary>The meeting and agenda item that decided the action; null for one created from a topic page or hotspot.</summary>
    public Guid? MeetingId { get; private set; }

    public Guid? AgendaItemId { get; private set; }

    /// <summary>Optimistic concurrency token: +1 on every change.</summary>
    public int Version { get; private set; }

    /// <summary>Who decided the action (staff id and name).</summary>
    public string CreatedById { get; private set; } = "";

    public string CreatedByName { get; private set; } = "";

    /// <summary>Who last changed it.</summary>
    public string? ChangedById { get; private set; }

    public string? ChangedByName { get; private set; }

    /// <summary>The events of the changes made since it was loaded (not stored with it; the store adds them).</summary>
    public IReadOnlyList<GovernanceEvent> NewEvents => _newEvents;

    public bool IsOverdue(DateOnly today) => Status != RootCauseActionStatus.Done && DueDate < today;

    /// <summary>Refuses a missing target, a blank or over-long title, an owner without id or name, or a due date before today with a <see cref="DomainException"/>.</summary>
    public static RootCauseAction Create(RootCauseTarget? target, string title, ActionOwner owner, string? department, DateOnly dueDate, DateOnly today,
        DateTimeOffset nowUtc, Actor by, Guid? meetingId = null, Guid? agendaItemId = null)
    {
        GovernanceText.Demand(by, Permission.ManageImprovementActions);
        if (target is null)
        {
            throw new DomainException("validation_failed", "The action needs a topic, category, product, department or partner.");
        }

        ArgumentNullException.ThrowIfNull(owner);
        var t = GovernanceText.Required(title, "title", TitleLength);
        var ownerId = GovernanceText.Required(owner.Id, "owner", 24);
        var ownerName = GovernanceText.Required(owner.Name, "owner", OwnerLength);
        var dept = GovernanceText.Optional(department, "department", 24) ?? owner.Department
            ?? throw new DomainException("validation_failed", "The action needs a responsible department.");
        if (dueDate < today)
        {
            throw new DomainException("invalid_due_date", $"The due date {dueDate:yyyy-MM-dd} is in the past.");
        }

        var action = new RootCauseAction
        {
            Id = Guid.CreateVersion7(nowUtc),
            TargetKind = target.Kind,
            TopicId = target.Topic?.Value,
            TargetCode = target.Code,
            Title = t,
            OwnerId = ownerId,
            OwnerName = ownerName,
            Department = dept,
            DueDate = dueDate,
            Status = RootCauseActionStatus.Open,
            CreatedAtUtc = StoredInstant.Normalize(nowUtc),
            MeetingId = meetingId,
            AgendaItemId = agendaItemId,
            Version = 1,
            CreatedById = by.Id,
            CreatedByName = by.Name,
        };
        action.Record(GovernanceEventKind.ActionCreated, by, nowUtc, "title", null, t);
        return action;
    }

    public void Start(DateTimeOffset nowUtc, Actor by)
    {
        DemandOwnerOrManager(by);
        if (Status != RootCauseActionStatus.Open)
        {
            throw new DomainException("invalid_state", $"Only an open action can be started; this one is {Status}.");
        }

        SetStatus(RootCauseActionStatus.InProgress, nowUtc, by, GovernanceEventKind.ActionStarted);
    }

    /// <summary>The owner (or a manager of actions) notes how far it got; an open action is in progress from then on.</summary>
    public void RecordProgress(string note, DateTimeOffset nowUtc, Actor by)
    {
        DemandOwnerOrManager(by);
        DemandNotDone();
        var text = GovernanceText.Required(note, "progress note", TextLength);
        Record(GovernanceEventKind.ProgressRecorded, by, nowUtc, "progress", Progress, text);
        Progress = text;
        if (Status == RootCauseActionStatus.Open)
        {
            SetStatus(RootCauseActionStatus.InProgress, nowUtc, by, GovernanceEventKind.ActionStarted);
        }
        else
        {
            Changed(by);
        }
    }

    /// <summary>
    /// Marks the action done on <paramref name="completedOn"/> (not after <paramref name="today"/>, not before it was
    /// created) with the evidence that shows it. Done once: completing a done action is refused.
    /// </summary>
    public void Complete(string evidence, DateOnly completedOn, DateOnly today, DateTimeOffset nowUtc, Actor by)
    {
        DemandOwnerOrManager(by);
        if (Status == RootCauseActionStatus.Done)
        {
            throw new DomainException("already_done", $"The action was already completed on {CompletedOn:yyyy-MM-dd}.");
        }

        var proof = GovernanceText.Optional(evidence, "evidence", TextLength)
            ?? throw new DomainException("evidence_required", "Completing an action needs the evidence that it was done.");
        if (completedOn > today)
        {
            throw new DomainException("invalid_completion_date", $"The completion date {completedOn:yyyy-MM-dd} is in the future.");
        }

        Evidence = proof;
        CompletedOn = completedOn;
        CompletedAtUtc = StoredInstant.Normalize(nowUtc);
        Record(GovernanceEventKind.ActionCompleted, by, nowUtc, "evidence", null, proof);
        SetStatus(RootCauseActionStatus.Done, nowUtc, by, null);
    }

    /// <summary>
    /// Records the escalation of an overdue action to <paramref name="head"/> once; false (nothing changes) when it is not
    /// overdue on <paramref name="today"/> or was escalated already. The scheduler acts as <paramref name="by"/>.
    /// </summary>
    public bool Escalate(DateOnly today, ActionOwner head, DateTimeOffset nowUtc, Actor by)
    {
        ArgumentNullException.ThrowIfNull(head);
        if (!IsOverdue(today) || EscalatedAtUtc is not null)
        {
            return false;
        }

        EscalatedAtUtc = StoredInstant.Normalize(nowUtc);
        Record(GovernanceEventKind.ActionEscalated, by, nowUtc, "escalatedTo", null, $"{head.Id} {head.Name}");
        Version++;
        return true;
    }

    /// <summary>The store calls this after writing <see cref="NewEvents"/>.</summary>
    public void ClearNewEvents() => _newEvents.Clear();

    private void DemandOwnerOrManager(Actor by)
    {
        if (!by.Has(Permission.ManageImprovementActions) && !(OwnerId.Length > 0 && by.Id == OwnerId))
        {
            throw ForbiddenException.Lacking(Permission.ManageImprovementActions);
        }
    }

    private void DemandNotDone()
    {
        if (Status == RootCauseActionStatus.Done)
        {
            throw new DomainException("already_done", $"The action was already completed on {CompletedOn:yyyy-MM-dd}.");
        }
    }

    private void SetStatus(RootCauseActionStatus status, DateTimeOffset nowUtc, Actor by, GovernanceEventKind? kind)
    {
        Record(kind ?? GovernanceEventKind.ActionCompleted, by, nowUtc, "status", Status.ToString(), status.ToString());
        Status = status;
        Changed(by);
    }

    private void Record(GovernanceEventKind kind, Actor by, DateTimeOffset nowUtc, string? field, string? oldValue, string? newValue) =>
        _newEvents.Add(GovernanceEvent.Of(kind, by, nowUtc, MeetingId, AgendaItemId, Id, field, oldValue, newValue));

    private void Changed(Actor by)
    {
        ChangedById = by.Id;
        ChangedByName = by.Name;
        Version++;
    }
}
