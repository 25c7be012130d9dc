using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Governance;

/// <summary>
/// A joint review meeting (投诉联席会议, DESIGN §4) for a period: who chairs and attends, and an agenda frozen when it is
/// created (<see cref="AgendaBuilder"/>). The room records findings, root causes and responsible departments per item;
/// action items (<see cref="RootCauseAction"/>) point back to it. Running one takes <see cref="Permission.RunMeetings"/>.
/// Every change leaves a <see cref="GovernanceEvent"/> in <see cref="NewEvents"/>.
/// </summary>
public sealed class ReviewMeeting
{
    public const int TitleLength = 200;
    public const int MaxPeriodDays = 366;

    private readonly List<GovernanceEvent> _newEvents = [];
    private readonly List<AgendaItem> _items = [];

    private ReviewMeeting()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>First and last local day of the period the agenda covers.</summary>
    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    /// <summary>When the meeting takes (or took) place.</summary>
    public DateTimeOffset HeldAtUtc { get; private set; }

    public string ChairId { get; private set; } = "";

    public string ChairName { get; private set; } = "";

    public IReadOnlyList<MeetingParticipant> Participants { get; private set; } = [];

    public MeetingStatus Status { get; private set; }

    public IReadOnlyList<AgendaItem> Items => _items;

    public DateTimeOffset CreatedAtUtc { get; private set; }

    public string CreatedById { get; private set; } = "";

    public string CreatedByName { get; private set; } = "";

    /// <summary>Optimistic concurrency token: +1 on every change, including an item's findings.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<GovernanceEvent> NewEvents => _newEvents;

    /// <summary>
    /// Refuses a blank title, a period that ends before it starts or is longer than <see cref="MaxPeriodDays"/>, or no
    /// participants with a <see cref="DomainException"/>. The chair is the first participant.
    /// </summary>
    public static ReviewMeeting Create(string title, DateOnly from, DateOnly to, DateTimeOffset heldAtUtc, IReadOnlyList<MeetingParticipant> participants,
        IReadOnlyList<AgendaItem> agenda, DateTimeOffset nowUtc, Actor by)
    {
        GovernanceText.Demand(by, Permission.RunMeetings);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(agenda);
        var t = GovernanceText.Required(title, "title", TitleLength);
        if (to < from || to.DayNumber - from.DayNumber >= MaxPeriodDays)
        {
            throw new DomainException("invalid_period", $"The period {from:yyyy-MM-dd} – {to:yyyy-MM-dd} must end after it starts and be at most {MaxPeriodDays} days.");
        }

        var people = participants.DistinctBy(p => p.StaffId).ToList();
        if (people.Count == 0)
        {
            throw new DomainException("participants_required", "A meeting needs at least one participant.");
        }

        var meeting = new ReviewMeeting
        {
            Id = Guid.CreateVersion7(nowUtc),
            Title = t,
            PeriodFrom = from,
            PeriodTo = to,
            HeldAtUtc = StoredInstant.Normalize(heldAtUtc),
            ChairId = people[0].StaffId,
            ChairName = people[0].Name,
            Participants = people,
            Status = MeetingStatus.Draft,
            CreatedAtUtc = StoredInstant.Normalize(nowUtc),
            CreatedById = by.Id,
            CreatedByName = by.Name,
            Version = 1,
        };
        var position = 1;
        foreach (var item in agenda)
        {
            item.Place(meeting.Id, position++, nowUtc);
            meeting._items.Add(item);
        }

        meeting.Record(GovernanceEventKind.MeetingCreated, by, nowUtc, null, "title", null, t);
        return meeting;
    }

    /// <summary>Records what the room found about one item; refused once the meeting is closed. Only changed fields leave events.</summary>
    public void RecordFinding(Guid itemId, string? findings, string? rootCause, string? responsibleDepartment, DateTimeOffset nowUtc, Actor by)
    {
        GovernanceText.Demand(by, Permission.RunMeetings);
        DemandNotClosed();
        var item = _items.FirstOrDefault(i => i.Id == itemId) ?? throw new NotFoundException("Agenda item", itemId);
        if (responsibleDepartment is { Length: > 0 } dept && !Departments.Exists(dept.Trim()))
        {
            throw new DomainException("validation_failed", $"There is no department {dept}.");
        }

        var changes = item.Record(findings, rootCause, responsibleDepartment);
        foreach (var (field, old, @new) in changes)
        {
            Record(GovernanceEventKind.FindingRecorded, by, nowUtc, itemId, field, old, @new);
        }

        if (changes.Count > 0)
        {
            Version++;
        }
    }

    public void MarkHeld(DateTimeOffset nowUtc, Actor by) => Move(MeetingStatus.Draft, MeetingStatus.Held, GovernanceEventKind.MeetingHeld, nowUtc, by);

    public void Close(DateTimeOffset nowUtc, Actor by) => Move(MeetingStatus.Held, MeetingStatus.Closed, GovernanceEventKind.MeetingClosed, nowUtc, by);

    public void ClearNewEvents() => _newEvents.Clear();

    private void Move(MeetingStatus from, MeetingStatus to, GovernanceEventKind kind, DateTimeOffset nowUtc, Actor by)
    {
        GovernanceText.Demand(by, Permission.RunMeetings);
        if (Status != from)
        {
            throw new DomainException("invalid_state", $"Only a {from} meeting can become {to}; this one is {Status}.");
        }

        Record(kind, by, nowUtc, null, "status", Status.ToString(), to.ToString());
        Status = to;
        Version++;
    }

    private void DemandNotClosed()
    {
        if (Status == MeetingStatus.Closed)
        {
            throw new DomainException("meeting_closed", "The meeting is closed; its minutes no longer change.");
        }
    }

    private void Record(GovernanceEventKind kind, Actor by, DateTimeOffset nowUtc, Guid? itemId, string? field, string? old, string? @new) =>
        _newEvents.Add(GovernanceEvent.Of(kind, by, nowUtc, Id, itemId, null, field, old, @new));
}
