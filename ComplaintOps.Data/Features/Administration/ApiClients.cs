using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Administration;

public sealed class ApiClients(IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock) : IApiClients
{
    /// <summary>"Last used" is a hint for administrators: written at most this often, not on every request.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<ApiClientRow>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.Require(actor, Permission.ManageApiKeys);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var clients = await db.ApiClients.AsNoTracking().ToListAsync(cancellationToken);
        return [.. clients.OrderBy(c => c.IsRevoked).ThenByDescending(c => c.CreatedAtUtc).Select(ApiClientRow.From)];
    }

    public async Task<CreatedApiClient> CreateAsync(string name, ApiClientKind kind, Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.Require(actor, Permission.ManageApiKeys);
        name = name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > ApiClient.NameLength || SafeText.FindUnsafe(name, multiLine: false) >= 0)
        {
            throw new ValidationException([new FieldError("name", name.Length == 0 ? FieldErrorCodes.Required : FieldErrorCodes.TooLong,
                $"A name of 1 to {ApiClient.NameLength} characters without control characters is required.")]);
        }

        var now = clock.GetUtcNow();
        var key = ApiKey.Generate();
        var client = ApiClient.Create("cli_" + Guid.CreateVersion7(now).ToString("N")[..16], name, kind, key, actor.Id, now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ApiClients.Add(client);
        db.AdminAuditEntries.Add(AdminAuditEntry.Record(actor, AdminActions.ApiClientCreated, $"{client.Id} ({name})",
            AdminGuard.Json(new { client.Name, Kind = kind.ToString(), client.KeyPrefix }), now));
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiClient(ApiClientRow.From(client), key);
    }

    public async Task RevokeAsync(string clientId, Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.Require(actor, Permission.ManageApiKeys);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken)
            ?? throw new NotFoundException("API client", clientId);
        if (client.IsRevoked)
        {
            return;
        }

        var now = clock.GetUtcNow();
        client.Revoke(actor.Id, now);
        db.AdminAuditEntries.Add(AdminAuditEntry.Record(actor, AdminActions.ApiClientRevoked, $"{client.Id} ({client.Name})",
            AdminGuard.Json(new { client.KeyPrefix }), now));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<AuthenticatedApiClient?> AuthenticateAsync(string key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200)
        {
            return null;
        }

        var hash = ApiKey.Hash(key);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.KeyHash == hash, cancellationToken);
        if (client is null || client.IsRevoked)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (client.LastUsedAtUtc is not { } last || now - last >= LastUsedResolution)
        {
            client.MarkUsed(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new AuthenticatedApiClient(client.Id, client.Name, client.Kind, client.Permissions);
    }

    public async Task EnsureConfiguredAsync(string key, ApiClientKind kind, string name, CancellationToken cancellationToken)
    {
        var hash = ApiKey.Hash(key);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ApiClients.AnyAsync(c => c.KeyHash == hash, cancellationToken))
        {
            return;
        }

        // A stable id per configured key, so restarts and parallel test hosts find the same client.
        var id = "cfg_" + hash[..16];
        db.ApiClients.Add(ApiClient.Create(id, name, kind, key, "configuration", clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance may have seeded it first; anything else is a real failure.
            await using var check = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (!await check.ApiClients.AnyAsync(c => c.KeyHash == hash, cancellationToken))
            {
                throw;
            }
        }
    }
}
