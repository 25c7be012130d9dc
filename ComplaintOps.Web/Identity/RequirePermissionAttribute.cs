using ComplaintOps.Data.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace ComplaintOps.Web.Identity;

/// <summary>Declares the permission a page, endpoint or hub needs: <c>@attribute [RequirePermission(Permission.ViewDashboard)]</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(Permission permission) : AuthorizeAttribute(PermissionPolicies.Name(permission))
{
    public Permission Permission { get; } = permission;
}
