using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Staff;
using ComplaintOps.Web.Identity;

namespace ComplaintOps.Tests.TestInfrastructure;

/// <summary>
/// The person behind each demo account (<see cref="DemoAccounts"/>) as an <see cref="Actor"/> with the role's default
/// permissions: the same staff member a client signed in as that role acts as, so service, HTTP and bUnit tests agree.
/// </summary>
public static class TestActors
{
    /// <summary>The roles people sign in with, one demo account each (System is the API's).</summary>
    public static IReadOnlyList<StaffRole> Roles { get; } = [.. DemoAccounts.All.Select(a => a.Role)];

    public static Actor Of(StaffRole role)
    {
        var staffId = DemoAccounts.All.Single(a => a.Role == role).StaffId;
        return StaffDirectory.Initial().Single(s => s.Id == staffId).ToActor();
    }

    /// <summary>Another person of the directory, e.g. a handler of another department (<c>HLOANS1</c>).</summary>
    public static Actor Staff(string staffId) => StaffDirectory.Initial().Single(s => s.Id == staffId).ToActor();
}
