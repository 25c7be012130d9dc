using ComplaintOps.Data.Features.Complaints;

namespace ComplaintOps.Data.Features.Queue;

public interface IQueueQueries
{
    /// <summary>Open complaints with their nearest clock, filtered and paged on the server.</summary>
    Task<PagedResult<QueueRow>> ListAsync(QueueQuery query, CancellationToken cancellationToken);
}
