using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Complaints;

/// <summary>
/// Complaint reads for one viewer: only complaints in the viewer's scope, personal data masked unless the viewer may see
/// it, and only the triggers the viewer may fire.
/// </summary>
public interface IComplaintQueries
{
    Task<PagedResult<ComplaintRow>> ListAsync(ComplaintListQuery query, Actor viewer, CancellationToken cancellationToken);

    /// <summary>Null when there is no such complaint or it is outside the viewer's scope (the two are not told apart).</summary>
    Task<ComplaintDetail?> GetAsync(Guid id, Actor viewer, CancellationToken cancellationToken);

    Task<ComplaintDetail?> GetByReferenceAsync(string reference, Actor viewer, CancellationToken cancellationToken);
}
