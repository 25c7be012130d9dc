namespace ComplaintOps.Data.Domain.Reference;

/// <summary>
/// A person's job in complaint handling. Recorded on every event (who did it, in which capacity) and used to name the
/// permission set a person starts with; what a role may do is decided by its permissions, never by this name.
/// </summary>
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
    Manager,
    Administrator,
}
