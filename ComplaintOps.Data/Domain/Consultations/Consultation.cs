using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Consultations;

/// <summary>
/// A joint consultation (会诊, DESIGN §3) on a difficult complaint: the opener asks the invited departments a question,
/// each department's head records its opinion, and the opener records the conclusion and closes it. Every change is a
/// <see cref="ConsultationEvent"/>; a change made on a version other than the current one is refused, never merged.
/// </summary>
public sealed class Consultation
{
    private readonly List<ConsultationOpinion> _opinions = [];
    private readonly List<ConsultationEvent> _events = [];

    private Consultation()
    {
    }

    public Guid Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    /// <summary>Copied so work lists need not join the complaint.</summary>
    public string ComplaintReference { get; private set; } = "";

    public string Question { get; private set; } = "";

    public ConsultationStatus Status { get; private set; }

    public string OpenedById { get; private set; } = "";

    public string OpenedByName { get; private set; } = "";

    public DateTimeOffset OpenedAtUtc { get; private set; }

    public string? Conclusion { get; private set; }

    public DateTimeOffset? ClosedAtUtc { get; private set; }

    /// <summary>Optimistic concurrency token: +1 on every change.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ConsultationOpinion> Opinions => _opinions;

    /// <summary>Only the events appended in this unit of work unless loaded.</summary>
    public IReadOnlyList<ConsultationEvent> Events => _events;

    /// <summary>Opens a consultation on a complaint the actor can see, inviting 1–6 departments of the catalog.</summary>
    public static Consultation Open(Guid complaintId, string complaintReference, IEnumerable<string> departments, string question, Actor actor, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Demand(actor);
        var invited = (departments ?? []).Select(d => d?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (invited.Count is 0 or > ConsultationLimits.MaxDepartments || !invited.All(Departments.Exists))
        {
            throw new DomainException("invalid_departments", $"Invite 1 to {ConsultationLimits.MaxDepartments} departments of the catalog.");
        }

        var q = Text(question, "question");
        nowUtc = StoredInstant.Normalize(nowUtc);
        var c = new Consultation
        {
            Id = Guid.CreateVersion7(nowUtc),
            ComplaintId = complaintId,
            ComplaintReference = complaintReference,
            Question = q,
            Status = ConsultationStatus.Open,
            OpenedById = actor.Id,
            OpenedByName = actor.Name,
            OpenedAtUtc = nowUtc,
            Version = 1,
        };
        c._opinions.AddRange(invited.Select(d => ConsultationOpinion.Invite(c.Id, d)));
        c._events.Add(ConsultationEvent.Of(c.Id, ConsultationEventKind.Opened, null, q, actor, nowUtc));
        return c;
    }

    /// <summary>
    /// Records <paramref name="department"/>'s opinion. Only a ConsultCases holder of that very department speaks for it;
    /// recording again while the consultation is open replaces the opinion (the events keep the earlier one).
    /// </summary>
    public void RecordOpinion(string department, string opinion, int expectedVersion, Actor actor, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Demand(actor);
        var slot = _opinions.FirstOrDefault(o => o.Department == department)
                   ?? throw new DomainException("department_not_invited", $"The department {department} was not invited to this consultation.");
        if (actor.Department != department)
        {
            throw new ForbiddenException("not_your_department", "Only the invited department's own head records its opinion.");
        }

        RequireOpen(expectedVersion);
        var text = Text(opinion, "opinion");
        nowUtc = StoredInstant.Normalize(nowUtc);
        slot.Record(text, actor, nowUtc);
        Changed(ConsultationEvent.Of(Id, ConsultationEventKind.OpinionRecorded, department, text, actor, nowUtc));
    }

    /// <summary>The opener records the conclusion and closes the consultation (missing opinions stay missing, on record).</summary>
    public void Close(string conclusion, int expectedVersion, Actor actor, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Demand(actor);
        if (actor.Id != OpenedById)
        {
            throw new ForbiddenException("not_the_opener", "Only the person who opened the consultation concludes it.");
        }

        RequireOpen(expectedVersion);
        var text = Text(conclusion, "conclusion");
        nowUtc = StoredInstant.Normalize(nowUtc);
        Conclusion = text;
        ClosedAtUtc = nowUtc;
        Status = ConsultationStatus.Closed;
        Changed(ConsultationEvent.Of(Id, ConsultationEventKind.Closed, null, text, actor, nowUtc));
    }

    /// <summary>The invited departments whose opinion is still missing.</summary>
    public IEnumerable<string> Waiting => _opinions.Where(o => !o.IsGiven).Select(o => o.Department);

    private void RequireOpen(int expectedVersion)
    {
        if (Status == ConsultationStatus.Closed)
        {
            throw new DomainException("consultation_closed", "The consultation is closed.");
        }

        if (expectedVersion != Version)
        {
            throw new DomainException("concurrency_conflict",
                $"The consultation was changed by someone else (you saw version {expectedVersion}, it is now {Version}). Reload and try again.");
        }
    }

    private void Changed(ConsultationEvent e)
    {
        _events.Add(e);
        Version++;
    }

    private static void Demand(Actor actor)
    {
        if (!actor.Has(Permission.ConsultCases))
        {
            throw ForbiddenException.Lacking(Permission.ConsultCases);
        }
    }

    private static string Text(string? value, string field)
    {
        var v = value?.Trim() ?? "";
        return v.Length is 0 or > ConsultationLimits.Text
            ? throw new DomainException("invalid_" + field, $"The {field} must be 1 to {ConsultationLimits.Text} characters.")
            : v;
    }
}
