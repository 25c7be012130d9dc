using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Governance;

/// <summary>
/// An action item from the joint review meeting (DESIGN §4) against the root cause of a topic or of a category
/// (<see cref="RootCauseTarget"/>). Its completion date is what the effect (volume and satisfaction before vs after) is
/// measured from, so it is set once, when the action is done, and never moves.
/// </summary>
public sealed class RootCauseAction
{
    public const int TitleLength = 200;
    public const int OwnerLength = 100;

    private RootCauseAction()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The topic the action is against (set, or <see cref="Category"/> is).</summary>
    public int? TopicId { get; private set; }

    /// <summary>
    /// The category the action is against (set, or <see cref="TopicId"/> is). Actions made before lasting topics may hold a
    /// legacy "v3:12" cluster key here: it names no topic any more and measures nothing (see the TopicReferences migration).
    /// </summary>
    public string? Category { get; private set; }

    public RootCauseTarget Target => RootCauseTarget.Of(TopicId, Category);

    public string Title { get; private set; } = "";

    public string Owner { get; private set; } = "";

    public DateOnly DueDate { get; private set; }

    public RootCauseActionStatus Status { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private set; }

    public DateTimeOffset? CompletedAtUtc { get; private set; }

    /// <summary>Optimistic concurrency token: +1 on every change.</summary>
    public int Version { get; private set; }

    /// <summary>Who decided the action (staff id and name).</summary>
    public string CreatedById { get; private set; } = "";

    public string CreatedByName { get; private set; } = "";

    /// <summary>Who last started or completed it.</summary>
    public string? ChangedById { get; private set; }

    public string? ChangedByName { get; private set; }

    /// <summary>Refuses a missing target or a blank or over-long title or owner with a <see cref="DomainException"/>; a due date may not lie before today.</summary>
    public static RootCauseAction Create(RootCauseTarget? target, string title, string owner, DateOnly dueDate, DateOnly today, DateTimeOffset nowUtc, Actor by)
    {
        Demand(by);
        if (target is null)
        {
            throw new DomainException("validation_failed", "The action needs a topic or a category.");
        }

        var t = Required(title, "title", TitleLength);
        var o = Required(owner, "owner", OwnerLength);
        if (dueDate < today)
        {
            throw new DomainException("invalid_due_date", $"The due date {dueDate:yyyy-MM-dd} is in the past.");
        }

        return new RootCauseAction
        {
            Id = Guid.CreateVersion7(nowUtc),
            TopicId = target.Topic?.Value,
            Category = target.Category,
            Title = t,
            Owner = o,
            DueDate = dueDate,
            Status = RootCauseActionStatus.Open,
            CreatedAtUtc = StoredInstant.Normalize(nowUtc),
            Version = 1,
            CreatedById = by.Id,
            CreatedByName = by.Name,
        };
    }

    public void Start(Actor by)
    {
        Demand(by);
        if (Status != RootCauseActionStatus.Open)
        {
            throw new DomainException("invalid_state", $"Only an open action can be started; this one is {Status}.");
        }

        Status = RootCauseActionStatus.InProgress;
        Changed(by);
    }

    /// <summary>Marks the action done at <paramref name="nowUtc"/>. Done once: completing a done action is refused.</summary>
    public void Complete(DateTimeOffset nowUtc, Actor by)
    {
        Demand(by);
        if (Status == RootCauseActionStatus.Done)
        {
            throw new DomainException("already_done", $"The action was already completed at {CompletedAtUtc:yyyy-MM-dd HH:mm} UTC.");
        }

        Status = RootCauseActionStatus.Done;
        CompletedAtUtc = StoredInstant.Normalize(nowUtc);
        Changed(by);
    }

    private static void Demand(Actor by)
    {
        if (!by.Has(Permission.ManageImprovementActions))
        {
            throw ForbiddenException.Lacking(Permission.ManageImprovementActions);
        }
    }

    private void Changed(Actor by)
    {
        ChangedById = by.Id;
        ChangedByName = by.Name;
        Version++;
    }

    private static string Required(string? value, string field, int max)
    {
        var v = value?.Trim() ?? "";
        if (v.Length == 0)
        {
            throw new DomainException("validation_failed", $"The {field} is required.");
        }

        if (v.Length > max)
        {
            throw new DomainException("validation_failed", $"The {field} is longer than {max} characters.");
        }

        return v;
    }
}
