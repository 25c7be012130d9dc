namespace ComplaintOps.Data.Domain.Reference;

public enum StaffRole
{
    IntakeAgent,
    Handler,
    DepartmentHead,
    Supervisor,
    FeedbackAgent,
    Compliance,
    Auditor,
    /// <summary>An integration calling the intake API.</summary>
    System,
}

/// <summary>Who does something. Recorded on every event.</summary>
public sealed record Actor(string Id, string Name, StaffRole Role)
{
    public static Actor System(string id) => new(id, id, StaffRole.System);
}
