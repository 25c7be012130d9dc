using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>Writes the deterministic bilingual demo data set. (Being written: see DemoDataGenerator.)</summary>
public sealed class DemoDataSeeder(IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock)
{
    public Task<int> SeedAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        _ = dbFactory;
        _ = clock;
        _ = options;
        _ = cancellationToken;
        return Task.FromResult(0);
    }
}
