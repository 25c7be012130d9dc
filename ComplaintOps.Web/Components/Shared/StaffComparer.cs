using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Web.Components.Shared;

/// <summary>Staff members are equal by id (queries return fresh instances).</summary>
public sealed class StaffComparer : IEqualityComparer<StaffMember>
{
    public static readonly StaffComparer Instance = new();

    public bool Equals(StaffMember? x, StaffMember? y) => x?.Id == y?.Id;

    public int GetHashCode(StaffMember obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
}
