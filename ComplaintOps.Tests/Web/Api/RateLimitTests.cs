using System.Net;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Api;

/// <summary>Each test runs its own app (the limiters are per process and every in-memory request shares one address).</summary>
public sealed class RateLimitTests
{
    private static readonly Actor Admin = new("X001", "马骏", StaffRole.Administrator, null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string SomeComplaint => $"/api/v1/complaints/{Guid.NewGuid()}";

    private static HttpClient Client(WebApplicationFactory<Program> app, string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static void AssertThrottled(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_thousand_wrong_keys_are_throttled_and_then_even_a_right_key_waits()
    {
        await using var factory = new ComplaintOpsWebFactory();
        var wrong = Client(factory, "co_wrong");

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 1000; i++)
        {
            statuses.Add(await wrong.GetAsync(SomeComplaint, Ct));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, statuses[0].StatusCode);
        Assert.True(statuses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests) >= 950, "wrong keys must be throttled");
        AssertThrottled(statuses[^1]);
        // Once over the failure budget the address cannot test keys at all: the right key gets the same 429.
        AssertThrottled(await Client(factory, "demo-intake-key").GetAsync(SomeComplaint, Ct));
    }

    [Fact]
    public async Task Each_client_has_its_own_budget()
    {
        await using var factory = new ComplaintOpsWebFactory();
        var app = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:IntakePerClientPerMinute", "3"));
        var clients = app.Services.GetRequiredService<IApiClients>();
        var first = Client(app, (await clients.CreateAsync("First", ApiClientKind.Intake, Admin, Ct)).Key);
        var second = Client(app, (await clients.CreateAsync("Second", ApiClientKind.Intake, Admin, Ct)).Key);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await first.GetAsync(SomeComplaint, Ct)).StatusCode);
        }

        AssertThrottled(await first.GetAsync(SomeComplaint, Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync(SomeComplaint, Ct)).StatusCode);
    }

    [Fact]
    public async Task The_address_budget_covers_every_client_from_it()
    {
        await using var factory = new ComplaintOpsWebFactory();
        var app = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:ApiPerAddressPerMinute", "4"));
        var clients = app.Services.GetRequiredService<IApiClients>();
        var first = Client(app, (await clients.CreateAsync("First", ApiClientKind.Intake, Admin, Ct)).Key);
        var second = Client(app, (await clients.CreateAsync("Second", ApiClientKind.Intake, Admin, Ct)).Key);

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await first.GetAsync(SomeComplaint, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync(SomeComplaint, Ct)).StatusCode);
        }

        AssertThrottled(await second.GetAsync(SomeComplaint, Ct));
    }
}
