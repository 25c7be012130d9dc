using System.Net;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Identity;

namespace ComplaintOps.Tests.Web.Identity;

/// <summary>Sign-in through the real pages and endpoints: redirects, lockout, two-factor for administrators, sign-out.</summary>
public sealed class SignInTests(ComplaintOpsWebFactory factory) : IClassFixture<ComplaintOpsWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_comes_back_after()
    {
        var client = factory.CreateBrowserClient();

        var page = await client.GetAsync("/complaints?status=Registered", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(AccountPaths.Login, page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var signIn = await SignIn.PostAsync(client, "handler", DemoAccounts.Password, Ct, returnUrl: "/complaints?status=Registered");
        Assert.Equal("/complaints?status=Registered", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/complaints", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_foreign_return_url_is_not_followed()
    {
        var signIn = await SignIn.PostAsync(factory.CreateBrowserClient(), "supervisor", DemoAccounts.Password, Ct, returnUrl: "https://evil.example/phish");
        Assert.Equal("/start", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_start_page_is_the_dashboard_for_management_and_my_cases_for_handlers()
    {
        var manager = await factory.CreateClientAsAsync(StaffRole.Manager, Ct);
        Assert.Equal("/", (await manager.GetAsync("/start", Ct)).Headers.Location!.OriginalString);
        var handler = await factory.CreateClientAsAsync(StaffRole.Handler, Ct);
        Assert.Equal("/my", (await handler.GetAsync("/start", Ct)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_five_lock_the_account()
    {
        var client = factory.CreateBrowserClient();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await SignIn.PostAsync(client, "feedback", "Wrong-Password-1!", Ct);
            Assert.Contains("error=invalid", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var fifth = await SignIn.PostAsync(client, "feedback", "Wrong-Password-1!", Ct);
        Assert.Contains("error=locked", fifth.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // Locked: even the right password is refused now.
        var right = await SignIn.PostAsync(client, "feedback", DemoAccounts.Password, Ct);
        Assert.Contains("error=locked", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/complaints", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_needs_the_authenticator_code()
    {
        var client = factory.CreateBrowserClient();
        var password = await SignIn.PostAsync(client, "admin", DemoAccounts.Password, Ct);
        Assert.StartsWith(AccountPaths.TwoFactor, password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // Password alone is not a session.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/start", Ct)).StatusCode);

        var wrong = await SignIn.PostFormAsync(client, password.Headers.Location.OriginalString, AccountPaths.TwoFactor,
            new Dictionary<string, string> { ["code"] = "000000" }, Ct);
        Assert.Contains("error=code", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var admin = await factory.CreateClientAsAsync(StaffRole.Administrator, Ct);
        Assert.NotEqual(AccountPaths.Login, (await admin.GetAsync("/start", Ct)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await factory.CreateClientAsAsync(StaffRole.Supervisor, Ct);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/complaints", Ct)).StatusCode);

        var signOut = await SignIn.PostFormAsync(client, "/account/denied", AccountPaths.Logout, new Dictionary<string, string>(), Ct);
        Assert.Equal(AccountPaths.Login, signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/complaints", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_without_the_permission_is_denied()
    {
        var auditor = await factory.CreateClientAsAsync(StaffRole.Auditor, Ct);
        var register = await auditor.GetAsync("/complaints/new", Ct);
        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);
        Assert.StartsWith(AccountPaths.Denied, register.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
