using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Governance;

/// <summary>
/// One change to a review meeting, one of its agenda items or an action item: who, when, what, and for an edited field its
/// old and new value. Append-only; the meeting page and the action's history read these.
/// </summary>
public sealed class GovernanceEvent
{
    public const int ValueLength = 4000;

    private GovernanceEvent()
    {
    }

    public Guid Id { get; private set; }

    public Guid? MeetingId { get; private set; }

    public Guid? AgendaItemId { get; private set; }

    public Guid? ActionId { get; private set; }

    public GovernanceEventKind Kind { get; private set; }

    /// <summary>The field changed ("findings", "rootCause", "status", …), when the event edits one.</summary>
    public string? Field { get; private set; }

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public DateTimeOffset OccurredAtUtc { get; private set; }

    internal static GovernanceEvent Of(GovernanceEventKind kind, Actor by, DateTimeOffset nowUtc, Guid? meetingId = null, Guid? itemId = null,
        Guid? actionId = null, string? field = null, string? oldValue = null, string? newValue = null) => new()
    {
        Id = Guid.CreateVersion7(nowUtc),
        MeetingId = meetingId,
        AgendaItemId = itemId,
        ActionId = actionId,
        Kind = kind,
        Field = field,
        OldValue = Clip(oldValue),
        NewValue = Clip(newValue),
        ActorId = by.Id,
        ActorName = by.Name,
        OccurredAtUtc = StoredInstant.Normalize(nowUtc),
    };

    private static string? Clip(string? value) => value is { Length: > ValueLength } ? value[..ValueLength] : value;
}
