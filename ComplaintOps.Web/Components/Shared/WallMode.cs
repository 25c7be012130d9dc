using Microsoft.AspNetCore.WebUtilities;

namespace ComplaintOps.Web.Components.Shared;

/// <summary>Wall-screen mode is a query-string switch (<c>/?wall=1</c>): the layout drops its chrome, the dashboard rotates panels.</summary>
public static class WallMode
{
    public const string Key = "wall";

    public static bool IsOn(string uri) =>
        QueryHelpers.ParseQuery(new Uri(uri).Query).TryGetValue(Key, out var value) && value.ToString() is "1" or "true";
}
