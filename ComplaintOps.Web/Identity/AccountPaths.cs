namespace ComplaintOps.Web.Identity;

public static class AccountPaths
{
    public const string Login = "/account/login";
    public const string TwoFactor = "/account/2fa";
    public const string Enroll = "/account/enroll";
    public const string Logout = "/account/logout";
    public const string Denied = "/account/denied";

    /// <summary>Only local paths are followed after sign-in (no open redirect).</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/start";
}
