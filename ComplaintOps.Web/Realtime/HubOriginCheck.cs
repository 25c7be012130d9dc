using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Realtime;

/// <summary>
/// Refuses hub requests (negotiate, WebSocket, long polling) whose <c>Origin</c> is neither this site nor one of
/// <c>Realtime:AllowedOrigins</c>. Browsers apply no CORS to WebSockets and send the session cookie along, so without this
/// any page a signed-in employee visits could open the hub as them. Requests without Origin come from non-browser clients
/// (a wallboard with its key) and pass; they still need a key or a session.
/// </summary>
public sealed class HubOriginCheck(RequestDelegate next, IOptionsMonitor<RealtimeOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(DashboardHub.Path)
            && context.Request.Headers.Origin.ToString() is { Length: > 0 } origin
            && !IsAllowed(origin, context.Request, options.CurrentValue.AllowedOrigins))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await next(context);
    }

    public static bool IsAllowed(string origin, HttpRequest request, IEnumerable<string> allowed)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        // Same site: the origin names the host (and port) this request was sent to.
        if (string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return allowed.Any(a => Uri.TryCreate(a, UriKind.Absolute, out var ok)
            && string.Equals(ok.GetLeftPart(UriPartial.Authority), uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
    }
}
