namespace ComplaintOps.Data.Domain.Consultations;

/// <summary>
/// One change to a consultation, who made it and when (append-only). An opinion recorded again keeps the earlier text
/// here, so the record shows what each department said and when, not only its last word.
/// </summary>
public sealed class ConsultationEvent
{
    private ConsultationEvent()
    {
    }

    public long Id { get; private set; }

    public Guid ConsultationId { get; private set; }

    public ConsultationEventKind Kind { get; private set; }

    /// <summary>The department whose opinion was recorded (opinions only).</summary>
    public string? Department { get; private set; }

    /// <summary>The question, the opinion or the conclusion, as recorded.</summary>
    public string Text { get; private set; } = "";

    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public DateTimeOffset AtUtc { get; private set; }

    internal static ConsultationEvent Of(Guid consultationId, ConsultationEventKind kind, string? department, string text, Reference.Actor actor, DateTimeOffset atUtc) =>
        new() { ConsultationId = consultationId, Kind = kind, Department = department, Text = text, ActorId = actor.Id, ActorName = actor.Name, AtUtc = atUtc };
}
