using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Administration;

/// <summary>API clients: administration (permission ManageApiKeys) and key authentication.</summary>
public interface IApiClients
{
    Task<IReadOnlyList<ApiClientRow>> ListAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Creates a client with a fresh key; the key is in the result and nowhere else.</summary>
    Task<CreatedApiClient> CreateAsync(string name, ApiClientKind kind, Actor actor, CancellationToken cancellationToken);

    Task RevokeAsync(string clientId, Actor actor, CancellationToken cancellationToken);

    /// <summary>The client a presented key belongs to, or null for an unknown or revoked key.</summary>
    Task<AuthenticatedApiClient?> AuthenticateAsync(string key, CancellationToken cancellationToken);

    /// <summary>Demo mode only: makes sure a client exists for a configured key (see IdentitySeeder).</summary>
    Task EnsureConfiguredAsync(string key, ApiClientKind kind, string name, CancellationToken cancellationToken);
}
