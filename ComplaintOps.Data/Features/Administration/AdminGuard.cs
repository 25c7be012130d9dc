using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Administration;

/// <summary>Every administrative service checks the acting person's permission itself, whatever page or command called it.</summary>
public static class AdminGuard
{
    public static void Require(Actor actor, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(permission))
        {
            throw ForbiddenException.Lacking(permission);
        }
    }

    /// <summary>Reading the administration log needs any one of the administrative permissions.</summary>
    public static void RequireAnyAdministrative(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Permission.ManageUsers) && !actor.Has(Permission.ManageRoles) && !actor.Has(Permission.ManageApiKeys))
        {
            throw ForbiddenException.Lacking(Permission.ManageUsers);
        }
    }

    public static string Json(object details) => System.Text.Json.JsonSerializer.Serialize(details);
}
