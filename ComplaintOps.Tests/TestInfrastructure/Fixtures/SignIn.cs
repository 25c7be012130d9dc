using System.Net;
using System.Text.RegularExpressions;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Web.Identity;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>
/// Signs a client in the way a browser does: GET the sign-in page (antiforgery cookie and token), POST the form, keep the
/// session cookie. The demo accounts (one per role, <see cref="DemoAccounts"/>) exist when Demo:Users is on, as in the test factory.
/// </summary>
public static partial class SignIn
{
    public static string UserNameOf(StaffRole role) => DemoAccounts.All.Single(a => a.Role == role).UserName;

    /// <summary>Posts the sign-in form for <paramref name="userName"/>; returns the response (a redirect on success).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string password, CancellationToken ct, string? returnUrl = null)
    {
        var page = await client.GetStringAsync(AccountPaths.Login, ct);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = returnUrl ?? "",
        };
        return await client.PostAsync(AccountPaths.Login, new FormUrlEncodedContent(form), ct);
    }

    /// <summary>Posts a form that carries an antiforgery token (2FA code, enrolment, sign-out) from the page at <paramref name="pagePath"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pagePath, string action, IDictionary<string, string> fields, CancellationToken ct)
    {
        var page = await client.GetStringAsync(pagePath, ct);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(page) };
        return await client.PostAsync(action, new FormUrlEncodedContent(form), ct);
    }

    /// <summary>A client signed in as the demo account of <paramref name="role"/> (the administrator passes its authenticator code too).</summary>
    public static async Task<HttpClient> AsAsync(Func<HttpClient> newClient, StaffRole role, CancellationToken ct)
    {
        var client = newClient();
        var response = await PostAsync(client, UserNameOf(role), DemoAccounts.Password, ct);
        if (response.Headers.Location?.OriginalString.StartsWith(AccountPaths.TwoFactor, StringComparison.Ordinal) == true)
        {
            var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(DemoAccounts.AdministratorAuthenticatorKey)).ComputeTotp();
            response = await PostFormAsync(client, response.Headers.Location.OriginalString, AccountPaths.TwoFactor,
                new Dictionary<string, string> { ["code"] = code }, ct);
        }

        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("error=", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Signing in as {role} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return client;
    }

    private static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
