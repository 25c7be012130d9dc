namespace ComplaintOps.Web.Components.Account;

/// <summary>The error codes the sign-in endpoints send back; anything else in the query string is ignored, never echoed.</summary>
public static class AccountErrors
{
    private static readonly string[] Codes = ["invalid", "locked", "missing", "code"];

    public static string? Known(string? code) => Codes.Contains(code) ? code : null;
}
