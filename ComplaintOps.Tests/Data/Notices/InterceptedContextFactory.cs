using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Providers;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintOps.Tests.Data.Notices;

/// <summary>Contexts on the test database with an interceptor of the test's (e.g. <see cref="FailingCommit"/>), for the real commands.</summary>
public sealed class InterceptedContextFactory(TestDatabase database, IInterceptor interceptor) : IDbContextFactory<ComplaintOpsDbContext>
{
    public ComplaintOpsDbContext CreateDbContext() => ProviderSetup.Create(database.Provider, database.ConnectionString, TestRules.PersonalData, interceptor);
}
