using System.Diagnostics;
using ComplaintOps.Web.Components.Pages.Error;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintOps.Web.Hosting;

/// <summary>
/// Where <c>UseExceptionHandler</c> re-executes a failed request, outside Development. It answers for every method
/// (the failed request keeps its method: a Razor page route allowed only GET, so a failed POST used to become 405),
/// with RFC 7807 problem details under /api and a static, localized page for browsers. Never the exception's text.
/// </summary>
public static class ErrorEndpoint
{
    public const string Path = "/error";

    public static void MapErrorEndpoint(this IEndpointRouteBuilder app) =>
        app.Map(Path, IResult (HttpContext context) =>
        {
            var requestId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
            var failedPath = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value;
            if (failedPath?.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) == true)
            {
                return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "An unexpected error occurred",
                    detail: "The request could not be completed. Quote the requestId when reporting it.",
                    extensions: new Dictionary<string, object?> { ["requestId"] = requestId });
            }

            return new RazorComponentResult<ErrorPage>(new { RequestId = requestId }) { StatusCode = StatusCodes.Status500InternalServerError };
        }).DisableAntiforgery().ExcludeFromDescription().AllowAnonymous();   // an anonymous visitor's failure is answered too
}
