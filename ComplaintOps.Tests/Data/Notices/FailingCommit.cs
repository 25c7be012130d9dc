using System.Data.Common;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintOps.Tests.Data.Notices;

/// <summary>
/// Makes the next commit fail after every statement of the save ran, as a database that loses its connection or a
/// deferred constraint would. Before failing it counts the notices the transaction itself can see, to prove the notice
/// was written inside the transaction that then rolled back.
/// </summary>
public sealed class FailingCommit : DbTransactionInterceptor
{
    /// <summary>The real complaint commands on <paramref name="database"/>, whose next commit fails.</summary>
    public static (ComplaintCommands Commands, FailingCommit Failing) Commands(TestDatabase database, IServiceProvider services, TimeProvider clock)
    {
        var failing = new FailingCommit();
        return (new ComplaintCommands(new InterceptedContextFactory(database, failing), services.GetRequiredService<HandlingRulesProvider>(),
            services.GetRequiredService<NoticeWriter>(), clock), failing);
    }

    private int _armed = 1;

    public long? NoticesInsideTransaction { get; private set; }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _armed, 0) == 0)
        {
            return result;
        }

        await using var count = transaction.Connection!.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = """SELECT COUNT(*) FROM "Notices" """;
        NoticesInsideTransaction = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        throw new InvalidOperationException("The commit failed.");
    }
}
