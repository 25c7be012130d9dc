using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Supervision;

/// <summary>
/// Who changed a spot check or a reply template, when and what: append-only, one row per change (the complaint's own
/// history records what a spot check asked of the complaint).
/// </summary>
public sealed class SupervisionEvent
{
    public const int DetailLength = 2000;

    private SupervisionEvent()
    {
    }

    public SupervisionEvent(Guid subjectId, string kind, Actor actor, DateTimeOffset atUtc, string? detail = null)
    {
        SubjectId = subjectId;
        Kind = kind;
        ActorId = actor.Id;
        ActorName = actor.Name;
        Detail = detail is { Length: > DetailLength } ? detail[..DetailLength] : detail;
        AtUtc = StoredInstant.Normalize(atUtc);
    }

    public long Id { get; private set; }

    /// <summary>The spot check or reply template changed.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>e.g. SpotCheckDrawn, CaseChecked, ReworkRequested, SpotCheckCompleted, TemplateCreated, TemplateChanged, TemplateRetired.</summary>
    public string Kind { get; private set; } = "";

    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public string? Detail { get; private set; }

    public DateTimeOffset AtUtc { get; private set; }
}
