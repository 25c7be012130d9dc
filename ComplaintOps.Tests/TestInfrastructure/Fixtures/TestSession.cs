using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>
/// What <see cref="IntegrationTest.RunAs(StaffRole)"/> returns: one person, and the ways a test acts as them — the
/// <see cref="Actor"/>, the complaint services called as that actor, and an <see cref="HttpClient"/> signed in as that role.
/// </summary>
public sealed class TestSession
{
    private readonly IServiceProvider _services;
    private readonly Func<ComplaintOpsWebFactory> _web;

    internal TestSession(IServiceProvider services, Func<ComplaintOpsWebFactory> web, Actor actor, StaffRole? signInRole)
    {
        _services = services;
        _web = web;
        Actor = actor;
        SignInRole = signInRole;
    }

    public Actor Actor { get; }

    /// <summary>The demo account an HTTP client signs in as; null for a hand-made actor (services only).</summary>
    public StaffRole? SignInRole { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public IComplaintCommands Commands => _services.GetRequiredService<IComplaintCommands>();

    public IComplaintQueries Queries => _services.GetRequiredService<IComplaintQueries>();

    public Task<RegistrationResult> RegisterAsync(NewComplaint? complaint = null) =>
        Commands.RegisterAsync(complaint ?? ComplaintBuilder.Sample(), Actor, null, Ct);

    public Task<int> ApplyAsync(Guid id, int expectedVersion, ComplaintActivity action) => Commands.ApplyAsync(id, expectedVersion, action, Actor, Ct);

    /// <summary>
    /// Fires <paramref name="trigger"/> with the action <see cref="ComplaintBuilder.Valid"/> gives, on the current version (read
    /// with every permission, so a refusal is about this actor and action, never a stale version).
    /// </summary>
    public async Task<int> FireAsync(Guid id, ComplaintTrigger trigger, Func<ComplaintActivity, ComplaintActivity>? change = null)
    {
        var version = (await Queries.GetAsync(id, TestRules.AllPowers, Ct))?.Version
            ?? throw new InvalidOperationException($"No complaint {id}.");
        var action = ComplaintBuilder.Valid(trigger);
        return await ApplyAsync(id, version, change is null ? action : change(action));
    }

    public Task<ComplaintDetail?> GetAsync(Guid id) => Queries.GetAsync(id, Actor, Ct);

    public Task<PagedResult<ComplaintRow>> ListAsync(ComplaintListQuery? query = null) => Queries.ListAsync(query ?? new ComplaintListQuery(), Actor, Ct);

    /// <summary>A cookie client of the whole app signed in through the real sign-in form as this role's demo account.</summary>
    public Task<HttpClient> HttpAsync() => SignInRole is { } role
        ? _web().CreateClientAsAsync(role, Ct)
        : throw new InvalidOperationException($"{Actor.Id} is not a demo account: use RunAs(StaffRole) for HTTP.");
}
