namespace ComplaintOps.Data.Domain.Consultations;

/// <summary>An invited department's place in a consultation: empty until its head records the department's opinion.</summary>
public sealed class ConsultationOpinion
{
    private ConsultationOpinion()
    {
    }

    public Guid ConsultationId { get; private set; }

    /// <summary>A code of the Departments catalog.</summary>
    public string Department { get; private set; } = "";

    public string? Opinion { get; private set; }

    public string? AuthorId { get; private set; }

    public string? AuthorName { get; private set; }

    public DateTimeOffset? RecordedAtUtc { get; private set; }

    public bool IsGiven => Opinion is not null;

    internal static ConsultationOpinion Invite(Guid consultationId, string department) => new() { ConsultationId = consultationId, Department = department };

    internal void Record(string opinion, Reference.Actor author, DateTimeOffset atUtc)
    {
        Opinion = opinion;
        AuthorId = author.Id;
        AuthorName = author.Name;
        RecordedAtUtc = atUtc;
    }
}
