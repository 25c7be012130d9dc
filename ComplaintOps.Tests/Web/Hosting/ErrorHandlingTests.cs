using System.Net;
using System.Text.Json;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Hosting;

/// <summary>The app as deployed (environment Production): failures answer 500 with problem details or the error page, never 404/405.</summary>
public sealed class ErrorHandlingTests(ComplaintOpsWebFactory factory) : IClassFixture<ComplaintOpsWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Production, with complaint reads that always fail.</summary>
    private WebApplicationFactory<Program> Failing() => factory.WithWebHostBuilder(b =>
    {
        b.UseEnvironment("Production");
        b.UseSetting("Notices:Smtp:Host", "smtp.bank.example");   // required in Production; nothing is sent by these requests
        b.ConfigureTestServices(s => s.AddSingleton<IComplaintQueries, ThrowingQueries>());
    });

    [Fact]
    public async Task An_unhandled_exception_under_api_is_a_generic_500_problem()
    {
        var client = Failing().CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "demo-intake-key");

        var response = await client.GetAsync($"/api/v1/complaints/{Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("requestId", out _));
        Assert.DoesNotContain(ThrowingQueries.Secret, body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task A_failed_post_under_api_is_a_500_problem_too_not_405()
    {
        var client = Failing().CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "demo-intake-key");
        var json = """{"channel":"Phone","subject":"s","description":"d","customerName":"李雷","customerPhone":"13912345678"}""";

        var response = await client.PostAsync("/api/v1/complaints", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("zh-CN", "出错了")]
    [InlineData("en", "Something went wrong")]
    public async Task A_page_that_fails_shows_the_localized_error_page_with_a_request_id(string culture, string title)
    {
        // Pages need a signed-in user (else the answer is the sign-in redirect, not the failure): sign in through the real form.
        var failing = Failing();
        var client = await SignIn.AsAsync(() => failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }),
            StaffRole.Supervisor, Ct);

        var response = await client.GetAsync($"/complaints/{Guid.NewGuid()}?culture={culture}&ui-culture={culture}", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(title, html);
        Assert.Contains("data-testid=\"request-id\"", html);
        Assert.DoesNotContain(ThrowingQueries.Secret, html);
        Assert.DoesNotContain("blazor.web.js", html);   // static: no circuit to fail again
        Assert.NotNull(response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        var response = await factory.CreateClient().GetAsync("/health", Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("connect-src 'self' ws: wss:", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
    }

    private sealed class ThrowingQueries : IComplaintQueries
    {
        public const string Secret = "connection-string-password=hunter2";

        public Task<PagedResult<ComplaintRow>> ListAsync(ComplaintListQuery query, ComplaintOps.Data.Domain.Reference.Actor viewer, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<ComplaintDetail?> GetAsync(Guid id, ComplaintOps.Data.Domain.Reference.Actor viewer, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<ComplaintDetail?> GetByReferenceAsync(string reference, ComplaintOps.Data.Domain.Reference.Actor viewer, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);
    }
}

/// <summary>Behind real Kestrel: no Server header, and headers too large are a 4xx from Kestrel, not a crash.</summary>
public sealed class KestrelLimitsTests : IAsyncLifetime
{
    private readonly ComplaintOpsWebFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task No_server_header_and_oversized_headers_are_a_4xx()
    {
        var client = _factory.CreateClient();

        var ok = await client.GetAsync("/health", Ct);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/complaints");
        request.Headers.Add("X-Api-Key", "demo-intake-key");
        request.Headers.Add("X-Padding", new string('x', 64 * 1024));
        var huge = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.False(ok.Headers.Contains("Server"));
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Ct)).StatusCode);
    }
}
