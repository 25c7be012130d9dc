using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Queue;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>In-memory <see cref="IQueueQueries"/> that records every query it receives.</summary>
public sealed class FakeQueueQueries : IQueueQueries
{
    private readonly List<QueueQuery> _queries = [];

    public List<QueueRow> Rows { get; } = [];

    public IReadOnlyList<QueueQuery> Queries
    {
        get
        {
            lock (_queries)
            {
                return [.. _queries];
            }
        }
    }

    public Task<PagedResult<QueueRow>> ListAsync(QueueQuery query, Actor viewer, CancellationToken cancellationToken)
    {
        lock (_queries)
        {
            _queries.Add(query);
        }

        return Task.FromResult(new PagedResult<QueueRow>([.. Rows.Skip(query.Skip).Take(query.Take)], Rows.Count));
    }
}
