using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Persistence;

/// <summary>Hands out the configured provider's context as the provider-agnostic base type (IDbContextFactory is invariant).</summary>
public sealed class ComplaintOpsDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ComplaintOpsDbContext>
    where TContext : ComplaintOpsDbContext
{
    public ComplaintOpsDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<ComplaintOpsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
