using System.Net;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Realtime;

/// <summary>/hubs/ops: staff with ViewDashboard or wallboard keys, from this site's pages or from no browser at all.</summary>
public sealed class HubAuthorizationTests(ComplaintOpsWebFactory factory) : IClassFixture<ComplaintOpsWebFactory>
{
    private const string Negotiate = DashboardHub.Path + "/negotiate?negotiateVersion=1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Signs in through the real form; the cookie jar is shared with the hub connection.</summary>
    private async Task<CookieContainer> SignInAsync(StaffRole role)
    {
        var cookies = new CookieContainer();
        await SignIn.AsAsync(() => factory.CreateDefaultClient(new CookieContainerHandler(cookies)), role, Ct);
        return cookies;
    }

    private HubConnection Hub(CookieContainer? cookies = null, string? key = null, string? origin = null) => new HubConnectionBuilder()
        .WithUrl(new Uri(factory.Server.BaseAddress, DashboardHub.Path), o =>
        {
            o.Transports = HttpTransportType.LongPolling;   // TestServer has no real sockets
            o.HttpMessageHandlerFactory = _ => new CookieContainerHandler(cookies ?? new CookieContainer()) { InnerHandler = factory.Server.CreateHandler() };
            if (key is not null) o.Headers["X-Api-Key"] = key;
            if (origin is not null) o.Headers["Origin"] = origin;
        })
        .Build();

    private async Task<HttpStatusCode> NegotiateAsync(CookieContainer? cookies = null, string? key = null, string? origin = null)
    {
        using var client = factory.CreateDefaultClient(new CookieContainerHandler(cookies ?? new CookieContainer()));
        using var request = new HttpRequestMessage(HttpMethod.Post, Negotiate);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return (await client.SendAsync(request, Ct)).StatusCode;
    }

    [Fact]
    public async Task Anonymous_negotiation_is_refused_with_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await NegotiateAsync());
        await using var hub = Hub();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => hub.StartAsync(Ct));
    }

    [Fact]
    public async Task Staff_with_ViewDashboard_connect_and_get_the_summary()
    {
        await using var hub = Hub(await SignInAsync(StaffRole.Supervisor));

        await hub.StartAsync(Ct);
        var summary = await hub.InvokeAsync<DashboardSummary>(nameof(DashboardHub.GetSummary), Ct);

        Assert.True(summary.OpenTotal >= 0);
    }

    [Fact]
    public async Task A_handler_without_ViewDashboard_is_refused()
    {
        var cookies = await SignInAsync(StaffRole.Handler);

        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(cookies));
        await using var hub = Hub(cookies);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => hub.StartAsync(Ct));
    }

    [Fact]
    public async Task A_wallboard_key_connects_without_a_session_but_an_intake_key_does_not()
    {
        var clients = factory.Services.GetRequiredService<IApiClients>();
        var admin = new Actor("X001", "马骏", StaffRole.Administrator, null);
        var wallboard = await clients.CreateAsync("Lobby wall", ApiClientKind.Wallboard, admin, Ct);

        await using var hub = Hub(key: wallboard.Key);
        await hub.StartAsync(Ct);
        Assert.True((await hub.InvokeAsync<DashboardSummary>(nameof(DashboardHub.GetSummary), Ct)).OpenTotal >= 0);

        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(key: "demo-intake-key"));
        Assert.Equal(HttpStatusCode.Unauthorized, await NegotiateAsync(key: "co_not-a-key"));
    }

    [Fact]
    public async Task A_foreign_origin_is_refused_even_with_a_valid_session()
    {
        var cookies = await SignInAsync(StaffRole.Supervisor);

        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(cookies, origin: "https://evil.example"));
        Assert.Equal(HttpStatusCode.OK, await NegotiateAsync(cookies, origin: "http://localhost"));
        await using var hub = Hub(cookies, origin: "https://evil.example");
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => hub.StartAsync(Ct));
    }

    [Fact]
    public async Task A_department_head_receives_only_their_department_s_changes_while_a_wallboard_receives_all()
    {
        var wallboard = await factory.Services.GetRequiredService<IApiClients>()
            .CreateAsync("Ops wall", ApiClientKind.Wallboard, new Actor("X001", "马骏", StaffRole.Administrator, null), Ct);
        var headSaw = System.Threading.Channels.Channel.CreateUnbounded<string>();
        var wallSaw = System.Threading.Channels.Channel.CreateUnbounded<string>();
        await using var head = Hub(await SignInAsync(StaffRole.DepartmentHead));   // CARDS
        await using var wall = Hub(key: wallboard.Key);
        head.On<DashboardChange>(nameof(IDashboardClient.ComplaintChanged), c => headSaw.Writer.TryWrite(c.Reference));
        wall.On<DashboardChange>(nameof(IDashboardClient.ComplaintChanged), c => wallSaw.Writer.TryWrite(c.Reference));
        await head.StartAsync(Ct);
        await wall.StartAsync(Ct);

        var publisher = factory.Services.GetRequiredService<ComplaintOps.Data.Persistence.IDomainEventPublisher>();
        ComplaintOps.Data.Domain.Complaints.ComplaintChangedEvent Change(string reference, string? department) =>
            new(Guid.NewGuid(), reference, "Noted", ComplaintOps.Data.Domain.Complaints.ComplaintStatus.Registered,
                ComplaintOps.Data.Domain.Complaints.ComplaintStatus.Registered, department, "测试", DateTimeOffset.UtcNow);
        await publisher.PublishAsync([Change("CP-RETAIL", "RETAIL"), Change("CP-NONE", null), Change("CP-CARDS", "CARDS")], Ct);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var wallRefs = new List<string>();
        while (wallRefs.Count < 3)
        {
            wallRefs.Add(await wallSaw.Reader.ReadAsync(timeout.Token));
        }

        Assert.Equal(["CP-CARDS", "CP-NONE", "CP-RETAIL"], wallRefs.Order(StringComparer.Ordinal));
        // Messages of one connection arrive in order: once CP-CARDS is there, the others would have been before it.
        Assert.Equal("CP-CARDS", await headSaw.Reader.ReadAsync(timeout.Token));
        Assert.False(headSaw.Reader.TryRead(out var extra), $"the CARDS head also received {extra}");
    }

    [Theory]
    [InlineData(StaffRole.Supervisor, DashboardHub.AllDepartmentsGroup)]
    [InlineData(StaffRole.DepartmentHead, "changes:dept:CARDS")]
    public void Hub_clients_see_all_departments_or_only_their_own(StaffRole role, string group)
    {
        var actor = TestInfrastructure.TestRules.Supervisor.Role == role ? TestInfrastructure.TestRules.Supervisor : TestInfrastructure.TestRules.Head;
        var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(TestInfrastructure.TestClaims.Of(actor), "test"));

        Assert.Equal(group, DashboardHub.ChangesGroup(user));
    }
}
