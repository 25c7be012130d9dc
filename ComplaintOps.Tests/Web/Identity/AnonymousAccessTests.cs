using System.Net;
using System.Reflection;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Identity;

/// <summary>
/// Issue #8: every endpoint the app maps — pages, form posts, the API, the hub, Blazor's own — refuses an anonymous caller,
/// except an explicit allow-list. Endpoints are read from the app's <see cref="EndpointDataSource"/>, so a new one is
/// checked the day it is added.
/// </summary>
public sealed class AnonymousAccessTests(ComplaintOpsWebFactory factory) : IClassFixture<ComplaintOpsWebFactory>
{
    /// <summary>Open to anyone: signing in, health probes, the language switch, the error page (static assets are added by shape).</summary>
    private static readonly string[] AnonymousPaths = ["/account/login", "/account/2fa", "/health", "/culture", "/error"];

    /// <summary>The intake API is anonymous to the cookie scheme and authenticates with an API key instead: no key is a 401.</summary>
    private const string ApiKeyPrefix = "/api/v1/complaints";

    /// <summary>
    /// Endpoints any signed-in user may use, guarded by the fallback policy (authenticated user) rather than metadata: where
    /// sign-in lands, enrolment and sign-out, the denied page, and the framework's own endpoints (Blazor's circuit hub and
    /// enhanced-navigation redirect, the file fallback) — the pages they serve carry their own permission. The sweep above
    /// proves the fallback refuses an anonymous caller on each of them.
    /// </summary>
    private static readonly string[] SignedInOnlyPaths =
        ["/start", "/account/enroll", "/account/logout", "/account/denied", "/_blazor", "/_framework/opaque-redirect", "/{**path:file}"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_requests_are_refused_everywhere_except_the_allow_list()
    {
        var client = factory.CreateBrowserClient();
        var checkedCount = 0;
        var failures = new List<string>();
        foreach (var (endpoint, path, method) in Requests())
        {
            if (IsStaticAsset(path) || AnonymousPaths.Contains(path, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method != HttpMethods.Get)
            {
                request.Content = new FormUrlEncodedContent([]);
            }

            var response = await client.SendAsync(request, Ct);
            checkedCount++;
            var location = response.Headers.Location?.OriginalString ?? "";
            var refused = path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/hubs/", StringComparison.Ordinal)
                ? response.StatusCode == HttpStatusCode.Unauthorized
                : response.StatusCode == HttpStatusCode.Redirect && location.Contains(AccountPaths.Login, StringComparison.Ordinal);
            if (!refused)
            {
                failures.Add($"{method} {path} ({endpoint.DisplayName}) → {(int)response.StatusCode} {location}");
            }
        }

        Assert.Empty(failures);
        Assert.True(checkedCount >= 15, $"only {checkedCount} endpoints checked: the sweep did not see the app's endpoints");
    }

    [Fact]
    public async Task The_sweep_covers_pages_the_api_and_the_hub_negotiation()
    {
        var paths = Requests().Select(r => RouteOf(r.Endpoint)).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("/", paths);
        Assert.Contains("/complaints/{Id:guid}", paths);
        Assert.Contains("/hubs/ops/negotiate", paths);
        Assert.Contains(paths, p => p.StartsWith(ApiKeyPrefix, StringComparison.Ordinal));
        // Sanity check of the refusal shapes themselves, on one of each.
        var client = factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/hubs/ops/negotiate?negotiateVersion=1", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Ct)).StatusCode);
    }

    [Fact]
    public void Every_page_declares_its_permission_or_is_explicitly_anonymous()
    {
        var pages = typeof(RequirePermissionAttribute).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any()).ToList();

        var undeclared = pages.Where(t => !t.GetCustomAttributes<RequirePermissionAttribute>().Any() && !t.GetCustomAttributes<AllowAnonymousAttribute>().Any())
            .Select(t => t.GetCustomAttributes<RouteAttribute>().First().Template)
            .Where(route => !SignedInOnlyPaths.Contains(route, StringComparer.Ordinal))
            .ToList();

        Assert.True(pages.Count >= 12, $"only {pages.Count} pages found");
        Assert.Empty(undeclared);
        // Anonymous pages are exactly the sign-in pages.
        Assert.Equal(["/account/2fa", "/account/login"],
            pages.Where(t => t.GetCustomAttributes<AllowAnonymousAttribute>().Any()).Select(t => t.GetCustomAttributes<RouteAttribute>().First().Template).Order());
    }

    [Fact]
    public void Every_other_endpoint_carries_authorization_metadata_or_is_listed_as_signed_in_only()
    {
        var bare = Endpoints()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null)   // pages: checked by their attributes
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(RouteOf)
            .Where(route => !SignedInOnlyPaths.Any(p => route == p || route.StartsWith(p + "/", StringComparison.Ordinal)))
            .Distinct().ToList();

        Assert.Empty(bare);

        // Anonymous endpoints are exactly the allow-list (and static assets).
        var anonymous = Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(RouteOf).Where(r => !IsStaticAsset(r)).Distinct().ToList();
        Assert.All(anonymous, route => Assert.True(
            AnonymousPaths.Contains(route, StringComparer.Ordinal) || route.StartsWith(ApiKeyPrefix, StringComparison.Ordinal),
            $"{route} is anonymous but not on the allow-list"));
    }

    [Fact]
    public async Task The_intake_api_without_a_key_is_a_401()
    {
        var client = factory.CreateBrowserClient();
        foreach (var (_, path, method) in Requests().Where(r => r.Path.StartsWith(ApiKeyPrefix, StringComparison.Ordinal)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method != HttpMethods.Get)
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request, Ct)).StatusCode);
        }
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    /// <summary>One request per endpoint and method, route parameters filled with sample values.</summary>
    private IEnumerable<(RouteEndpoint Endpoint, string Path, string Method)> Requests()
    {
        foreach (var endpoint in Endpoints())
        {
            var path = Fill(endpoint.RoutePattern);
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? m : [HttpMethods.Get];
            foreach (var method in methods.Where(x => x != HttpMethods.Options && x != HttpMethods.Head))
            {
                yield return (endpoint, path, method);
            }
        }
    }

    private static string RouteOf(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');

    private static string Fill(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => SampleFor(parameter),
            _ => "",
        })));
        return "/" + string.Join('/', segments.Where(s => s.Length > 0));
    }

    private static string SampleFor(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        return constraints.Contains("guid") ? Guid.NewGuid().ToString()
            : constraints.Contains("int") || constraints.Contains("long") ? "1"
            : "sample";
    }

    /// <summary>Files served by MapStaticAssets: a last segment with an extension (and not the API).</summary>
    private static bool IsStaticAsset(string path) =>
        !path.StartsWith("/api/", StringComparison.Ordinal) && Path.HasExtension(path.Split('/')[^1]);
}
