using Microsoft.AspNetCore.Identity;

namespace ComplaintOps.Data.Persistence.Identity;

/// <summary>A sign-in account. Each belongs to one staff member, whose role and department decide what the account may do.</summary>
public sealed class ComplaintOpsUser : IdentityUser
{
    public string StaffId { get; set; } = "";
}
