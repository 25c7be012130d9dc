using System.Net;
using System.Reflection;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Identity;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Tests.Web.Identity;

/// <summary>
/// Issue #8, table-driven: each role reaches exactly the pages its permissions allow (computed from the pages'
/// <see cref="RequirePermissionAttribute"/> and <see cref="RolePermissions.DefaultFor"/>), checked over HTTP with the demo
/// accounts; a hand-written table pins key facts so the test is not only the code agreeing with itself.
/// </summary>
public sealed class RoleAccessTests(ComplaintOpsWebFactory factory) : IClassFixture<ComplaintOpsWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Written by hand from the role descriptions, not computed: (user, page, reaches).</summary>
    public static TheoryData<StaffRole, string, bool> KeyFacts() => new()
    {
        { StaffRole.Handler, "/", false },                  // handlers work their queue, not the room's dashboard
        { StaffRole.Handler, "/complaints", true },
        { StaffRole.Handler, "/analytics", false },
        { StaffRole.Auditor, "/complaints/new", false },   // audit reads, never registers
        { StaffRole.Auditor, "/", true },
        { StaffRole.IntakeAgent, "/complaints/new", true },
        { StaffRole.IntakeAgent, "/calendar", false },
        { StaffRole.Administrator, "/calendar", true },
        { StaffRole.Administrator, "/complaints", false }, // administrators manage accounts, not complaints
        { StaffRole.Compliance, "/calendar", true },
        { StaffRole.Manager, "/analytics", true },
        { StaffRole.FeedbackAgent, "/sla", false },
        { StaffRole.Supervisor, "/sla", true },
        { StaffRole.Supervisor, "/supervision/review", true },      // only supervision approves results
        { StaffRole.Handler, "/supervision/review", false },
        { StaffRole.Manager, "/supervision/review", false },
        { StaffRole.Compliance, "/supervision/review", false },
        { StaffRole.Supervisor, "/supervision/spot-checks", true },  // and spot-checks
        { StaffRole.Manager, "/supervision/spot-checks", false },
        { StaffRole.Compliance, "/supervision/spot-checks", false },
        { StaffRole.Handler, "/supervision/spot-checks", false },
        { StaffRole.FeedbackAgent, "/feedback", true },             // the feedback team's work list
        { StaffRole.Handler, "/feedback", false },
        { StaffRole.Compliance, "/supervision/templates", true },
        { StaffRole.FeedbackAgent, "/supervision/templates", false },
    };

    public static TheoryData<StaffRole> Roles() => new(TestActors.Roles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_reaches_exactly_the_pages_its_permissions_allow(StaffRole role)
    {
        var client = await factory.SharedClientAsAsync(role, Ct);
        var held = RolePermissions.DefaultFor(role);
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (route, needs) in PermissionPages())
        {
            var path = route.Replace("{Id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{Id:int}", "1", StringComparison.Ordinal);
            if (needs.All(held.Contains))
            {
                expected.Add(route);
            }

            if (await ReachesAsync(client, path))
            {
                reached.Add(route);
            }
        }

        Assert.Equal(expected, reached);
    }

    [Theory]
    [MemberData(nameof(KeyFacts))]
    public async Task Key_facts_of_who_reaches_what(StaffRole role, string page, bool reaches)
    {
        var client = await factory.SharedClientAsAsync(role, Ct);

        Assert.Equal(reaches, await ReachesAsync(client, page));
    }

    [Fact]
    public async Task The_hub_needs_ViewDashboard_a_handler_is_refused_a_manager_negotiates()
    {
        var handler = await factory.SharedClientAsAsync(StaffRole.Handler, Ct);
        var manager = await factory.SharedClientAsAsync(StaffRole.Manager, Ct);

        var refused = await handler.PostAsync("/hubs/ops/negotiate?negotiateVersion=1", null, Ct);
        var allowed = await manager.PostAsync("/hubs/ops/negotiate?negotiateVersion=1", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("connectionToken", await allowed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // Hub methods (GetSummary) are reached only through a connection, so the class-level policy (ViewDashboard session
        // or wallboard key) covers them.
        Assert.Contains(typeof(ComplaintOps.Web.Realtime.DashboardHub).GetCustomAttributes<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>(),
            a => a.Policy == ApiPolicies.Hub);
    }

    /// <summary>200: the page; a redirect to /account/denied: not allowed. Anything else is a failure of the test's premise.</summary>
    private static async Task<bool> ReachesAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }

        Assert.True(response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location!.OriginalString.Contains(AccountPaths.Denied, StringComparison.Ordinal),
            $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return false;
    }

    /// <summary>Every routable page that declares permissions, with all it declares.</summary>
    private static IEnumerable<(string Route, Permission[] Needs)> PermissionPages() =>
        typeof(RequirePermissionAttribute).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Route: r.Template,
                Needs: t.GetCustomAttributes<RequirePermissionAttribute>().Select(a => a.Permission).ToArray())))
            .Where(p => p.Needs.Length > 0);
}
