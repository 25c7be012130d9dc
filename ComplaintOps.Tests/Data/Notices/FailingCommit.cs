using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintOps.Tests.Data.Notices;

/// <summary>
/// Makes the next commit fail after every statement of the save ran, as a database that loses its connection or a
/// deferred constraint would. Before failing it counts the notices the transaction itself can see, to prove the notice
/// was written inside the transaction that then rolled back.
/// </summary>
public sealed class FailingCommit : DbTransactionInterceptor
{
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
