namespace ComplaintOps.Data.Domain.Reference;

/// <summary>An employee who works on complaints. Named on events, assignable as a handler, subject to recusal.</summary>
public sealed class StaffMember
{
    public StaffMember(string id, string name, string nameEn, StaffRole role, string? department)
    {
        Id = id;
        Name = name;
        NameEn = nameEn;
        Role = role;
        Department = department;
    }

    public string Id { get; private set; }

    public string Name { get; private set; }

    public string NameEn { get; private set; }

    public StaffRole Role { get; private set; }

    public string? Department { get; private set; }

    /// <summary>Gives the person another job (an administrator changing their account's role); later events record the new role.</summary>
    public void AssignRole(StaffRole role) => Role = role;

    /// <summary>This person with their role's default permissions (demo data and seeding; signed-in users get theirs from claims).</summary>
    public Actor ToActor() => new(Id, Name, Role, Department);
}
