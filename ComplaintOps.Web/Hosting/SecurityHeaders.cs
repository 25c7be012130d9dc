using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ComplaintOps.Web.Hosting;

/// <summary>
/// Response headers that narrow what a browser lets a page do, on every response (the error page too: they are added
/// when the response starts, after the exception handler has cleared the failed one).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// What Blazor Server and MudBlazor need and nothing more: scripts from this origin only; inline styles because
    /// MudBlazor sets style attributes; the circuit's WebSocket; data: images (MudBlazor's icons and charts).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self' ws: wss:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>No Server header: it only tells an attacker which server and version to look up.</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // Development runs on plain http and localhost; HSTS there would pin the browser to https for localhost.
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers.XFrameOptions = "DENY";   // frame-ancestors for browsers that predate CSP 2
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
        return app;
    }
}
