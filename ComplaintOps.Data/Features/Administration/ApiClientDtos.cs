using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;

namespace ComplaintOps.Data.Features.Administration;

/// <summary>An API client as the administration page lists it (no key, no hash).</summary>
public sealed record ApiClientRow(string Id, string Name, ApiClientKind Kind, string KeyPrefix, DateTimeOffset CreatedAtUtc, string CreatedBy,
    DateTimeOffset? LastUsedAtUtc, DateTimeOffset? RevokedAtUtc, string? RevokedBy)
{
    public bool IsRevoked => RevokedAtUtc is not null;

    public static ApiClientRow From(ApiClient c) =>
        new(c.Id, c.Name, c.Kind, c.KeyPrefix, c.CreatedAtUtc, c.CreatedBy, c.LastUsedAtUtc, c.RevokedAtUtc, c.RevokedBy);
}

/// <summary>A new client and its key: the only moment the key exists outside the caller's hands.</summary>
public sealed record CreatedApiClient(ApiClientRow Client, string Key);

/// <summary>Whom a presented key belongs to (only for valid, unrevoked keys).</summary>
public sealed record AuthenticatedApiClient(string Id, string Name, ApiClientKind Kind, IReadOnlySet<Permission> Permissions);
