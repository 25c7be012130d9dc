using ComplaintOps.Data.Domain.Access;

namespace ComplaintOps.Data.Domain.Reference;

/// <summary>
/// Who does or sees something, with what they may do: the signed-in person (from their claims) or an API client.
/// Recorded on every event; every command and every read that shows personal data or offers actions takes one.
/// </summary>
public sealed record Actor(string Id, string Name, StaffRole Role, string? Department, IReadOnlySet<Permission> Permissions)
{
    /// <summary>An actor with the role's default permissions (demo data, tests, seeding).</summary>
    public Actor(string id, string name, StaffRole role, string? department = null)
        : this(id, name, role, department, RolePermissions.DefaultFor(role))
    {
    }

    public bool Has(Permission permission) => Permissions.Contains(permission);

    /// <summary>An integration client: it may register complaints and nothing else.</summary>
    public static Actor System(string id, string? name = null) => new(id, name ?? id, StaffRole.System);
}
