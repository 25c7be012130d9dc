using System.Security.Claims;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Persistence.Identity;

namespace ComplaintOps.Tests.TestInfrastructure;

/// <summary>The claims a signed-in <see cref="Actor"/> carries (as the app's claims factory writes them), for bUnit's authorization context.</summary>
public static class TestClaims
{
    public static Claim[] Of(Actor actor)
    {
        var claims = new List<Claim>
        {
            new(PermissionClaims.StaffId, actor.Id),
            new(PermissionClaims.StaffName, actor.Name),
            new(PermissionClaims.Role, actor.Role.ToString()),
        };
        if (actor.Department is { } department)
        {
            claims.Add(new Claim(PermissionClaims.Department, department));
        }

        claims.AddRange(actor.Permissions.Select(p => new Claim(PermissionClaims.Permission, p.ToString())));
        return [.. claims];
    }
}
