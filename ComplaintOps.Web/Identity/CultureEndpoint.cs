using Microsoft.AspNetCore.Localization;

namespace ComplaintOps.Web.Identity;

public static class CultureEndpoint
{
    /// <summary>GET /culture?name=en&amp;redirect=/complaints: stores the UI language in the culture cookie and goes back.</summary>
    public static void MapCultureEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture", (string name, string? redirect, HttpContext http) =>
        {
            if (WebServiceCollectionExtensions.SupportedCultures.Any(c => c.Name == name))
            {
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            }

            var target = redirect is { Length: > 0 } && redirect.StartsWith('/') && !redirect.StartsWith("//", StringComparison.Ordinal) ? redirect : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription().AllowAnonymous();   // the sign-in page offers both languages
}
