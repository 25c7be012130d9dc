using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;

namespace ComplaintOps.Data.Features.Queue;

public interface IQueueQueries
{
    /// <summary>Open complaints the viewer may see, with their nearest clock, filtered and paged on the server.</summary>
    Task<PagedResult<QueueRow>> ListAsync(QueueQuery query, Actor viewer, CancellationToken cancellationToken);
}
