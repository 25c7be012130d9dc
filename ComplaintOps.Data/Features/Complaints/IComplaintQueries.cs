namespace ComplaintOps.Data.Features.Complaints;

public interface IComplaintQueries
{
    Task<PagedResult<ComplaintRow>> ListAsync(ComplaintListQuery query, CancellationToken cancellationToken);

    Task<ComplaintDetail?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<ComplaintDetail?> GetByReferenceAsync(string reference, CancellationToken cancellationToken);
}
